using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Matching;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>
/// A matching run's outcome for the student, published or not: the proposed company with its explanation, or why no
/// company could take them. The alternatives and exclusions name companies only, never other students.
/// </summary>
public sealed record ProposalExport(
    Guid RunId,
    string RunPeriodName,
    DateTimeOffset RunCreatedAt,
    MatchingRunStatus RunStatus,
    Guid? CompanyId,
    string? CompanyName,
    Guid? LocationId,
    double? DistanceKm,
    long Cost,
    IReadOnlyList<CostTerm> Terms,
    IReadOnlyList<Alternative> Alternatives,
    IReadOnlyList<Exclusion> Excluded,
    string? Reason,
    ProposalStatus Status,
    string? DecisionReason,
    Guid? PlacementId);
