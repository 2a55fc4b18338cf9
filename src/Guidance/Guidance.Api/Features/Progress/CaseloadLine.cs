using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// One mentee on the caseload. <see cref="OpenHelpRequests"/>: help requests waiting for an answer or a planned
/// conversation; <see cref="OpenConcerns"/>: workplace concerns waiting for the school's first answer;
/// <see cref="UrgentConcern"/>: one of them is urgent (or about safety or an incident).
/// </summary>
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
    int OpenHelpRequests = 0,
    int OpenConcerns = 0,
    bool UrgentConcern = false);
