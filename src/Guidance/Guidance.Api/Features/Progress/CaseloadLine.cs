using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record CaseloadLine(
    Guid StudentId,
    string Name,
    string? StudentNumber,
    string? Cohort,
    StudentStatus Status,
    TrafficLight TrafficLight,
    IReadOnlyList<string> Reasons,
    int OpenSignals,
    DateTimeOffset? NextReview,
    bool NextReviewOverdue,
    string? PlacementCompany);
