using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

public sealed record AssignTeacherRequest(Guid? TeacherStaffId);

public sealed record StartPlacementRequest(DateOnly? StartedOn);

public sealed record CompletePlacementRequest(DateOnly? EndedOn);

public sealed record EndEarlyRequest(PlacementEndReason? Reason, string? EndedByRole, string? Note, DateOnly? EndedOn);

public sealed record SignRequest(AgreementParty? Party, SignatureMethod? Method, string? SignerName, string? ScanReference, string? GuardianName);

public sealed record AgreementResponse(
    Guid PlacementId,
    PlacementStatus Status,
    bool StudentIsMinor,
    IReadOnlyList<AgreementSignature> Signatures,
    IReadOnlyList<AgreementParty> Missing);
