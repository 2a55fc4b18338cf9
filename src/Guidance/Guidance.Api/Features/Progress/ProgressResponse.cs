using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Signals;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>The mentor's picture of one student, from local copies only.</summary>
public sealed record ProgressResponse(
    Guid StudentId,
    string Name,
    string? StudentNumber,
    string? Cohort,
    StudentStatus Status,
    Guid? MentorStaffId,
    EnrolmentSummary? Enrolment,
    IntakeSummary? Intake,
    PlacementSummary? Placement,
    AssignmentsSummary Assignments,
    HoursSummary? Hours,
    IReadOnlyList<LatestAssessment> LatestAssessments,
    IReadOnlyList<CriterionProgress> Criteria,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<PlanGoal> Goals,
    NextReview? NextReview,
    IReadOnlyList<SignalResponse> OpenSignals,
    IReadOnlyList<TimelineItem>? Timeline = null);
