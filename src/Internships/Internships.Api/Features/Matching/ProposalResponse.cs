using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record ProposalResponse(
    Guid RunId,
    Guid StudentId,
    string StudentName,
    Guid? CompanyId,
    string? CompanyName,
    Guid? LocationId,
    double? DistanceKm,
    long Cost,
    IReadOnlyList<CostTerm> Terms,
    IReadOnlyList<Alternative> Alternatives,
    ProposalStatus Status,
    string? DecisionReason,
    Guid? PlacementId,
    string StudentNumber = "",
    IReadOnlyList<ProposalReason>? Reasons = null);
