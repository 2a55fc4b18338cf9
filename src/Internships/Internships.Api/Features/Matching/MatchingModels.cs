using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record StartRunRequest(
    Guid? PeriodId,
    string? Crebo,
    string? Cohort,
    List<Guid>? StudentIds,
    WeightsRequest? Weights,
    int? PlannedHours,
    int? MaxAlternatives);

/// <summary>Weights left out keep their default.</summary>
public sealed record WeightsRequest(int? TravelPerKm, int? BeyondMaxPerKm, int? SectorMismatch, int? NeedsMismatch, int? Spreading, int? UnplacedPenalty);

public sealed record DecisionRequest(string? Reason);

public sealed record OverrideRequest(Guid? CompanyId, Guid? LocationId, string? Reason);

public sealed record RunTimings(int BuildMs, int SolveMs, int StoreMs, int TotalMs);

public sealed record CostTerm(string Term, long Cost);

public sealed record Alternative(Guid CompanyId, string CompanyName, double DistanceKm, long Cost);

/// <summary>What is stored as a proposal's explanation (jsonb).</summary>
public sealed record ProposalExplanation(IReadOnlyList<CostTerm> Terms, IReadOnlyList<Alternative> Alternatives, IReadOnlyList<Exclusion> Excluded, string? Reason);

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
    Guid? PlacementId);

public sealed record UnplacedResponse(Guid StudentId, string StudentName, string Reason, IReadOnlyList<Exclusion> Excluded, ProposalStatus Status, Guid? PlacementId);

public sealed record RunResponse(
    Guid Id,
    Guid PeriodId,
    string PeriodName,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    MatchingRunStatus Status,
    MatchingWeights Weights,
    int StudentCount,
    int PlacedCount,
    int UnplacedCount,
    long TotalCost,
    long GreedyCost,
    int GreedyPlacedCount,
    RunTimings Timings,
    IReadOnlyList<ProposalResponse>? Proposals,
    IReadOnlyList<UnplacedResponse>? Unplaced);
