using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

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
