using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

/// <param name="OpenHelpRequests">Help requests of the student waiting for an answer or a planned conversation.</param>
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
    string? PlacementCompany,
    int OpenHelpRequests);
