using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

public sealed record AgreementResponse(
    Guid PlacementId,
    PlacementStatus Status,
    bool StudentIsMinor,
    IReadOnlyList<AgreementSignature> Signatures,
    IReadOnlyList<AgreementParty> Missing);
