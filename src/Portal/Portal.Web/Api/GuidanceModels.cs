namespace PartnershipHub.Portal.Api;

// Guidance's answers (docs/guidance-service.md); enums are camelCase strings there.
public sealed record Framework(Guid FrameworkId, string Key, int Version, string Name, IReadOnlyList<FrameworkCriterion> Criteria);

public sealed record FrameworkCriterion(string Key, string Name, string? Description, IReadOnlyDictionary<string, string>? Descriptors);

public sealed record Rating(string CriterionKey, string Level, string? Observation);

public sealed record FeedForwardItem(string Text, bool ByStudent);

public sealed record StartAssessmentRequest(
    string Role, string Kind, Guid? PlacementId, IReadOnlyList<Rating> Ratings, string? OverallComment, IReadOnlyList<FeedForwardItem> FeedForward);

public sealed record UpdateAssessmentRequest(IReadOnlyList<Rating> Ratings, string? OverallComment, IReadOnlyList<FeedForwardItem> FeedForward);

public sealed record Assessment(
    Guid AssessmentId, Guid StudentId, Guid FrameworkId, string? AssessorName, string Role, string? Context, Guid? PlacementId,
    string Kind, string Status, IReadOnlyList<Rating> Ratings, string? OverallComment, IReadOnlyList<FeedForwardItem> FeedForward,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, Guid? SupersededById, bool Mine = false);

public sealed record CaseloadLine(
    Guid StudentId, string Name, string? StudentNumber, string? Cohort, string? Status, string TrafficLight,
    IReadOnlyList<string> Reasons, int OpenSignals, DateTimeOffset? NextReview, bool NextReviewOverdue, string? PlacementCompany,
    int OpenHelpRequests = 0, int OpenConcerns = 0, bool UrgentConcern = false);

/// <summary>
/// A signal; <see cref="Evidence"/> is Dutch and <see cref="EvidenceEnglish"/> English (null on signals raised before
/// evidence had two languages): <see cref="SignalEvidence"/> picks the reader's.
/// </summary>
public sealed record Signal(
    Guid SignalId, Guid StudentId, string Rule, string? Subject, string Status, string? Evidence,
    DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset? ResolvedAt, string? Note,
    string? EvidenceEnglish = null, bool Urgent = false, string? RaisedBy = null);

public sealed record RaiseSignalRequest(string? Description, bool? Urgent);

public sealed record SignalNote(string? Note);

public sealed record GrowthPoint(DateTimeOffset At, string Role, string Level, Guid AssessmentId);

public sealed record CriterionProgress(string Key, string Name, IReadOnlyDictionary<string, string>? LatestByRole, bool Discrepancy, IReadOnlyList<GrowthPoint> Growth);

public sealed record Discrepancy(string CriterionKey, string RoleA, string LevelA, string RoleB, string LevelB);

public sealed record ProgressEnrolment(string? Crebo, string? QualificationName, int? Level, string? Route, DateOnly? StartDate, DateOnly? ExpectedEndDate);

public sealed record ProgressIntake(DateOnly? IntakeDate, IReadOnlyDictionary<string, string>? Needs, string? ProgressionWish);

public sealed record ProgressPlacement(Guid PlacementId, Guid CompanyId, string? CompanyName, string? TrainerName, DateOnly? StartDate, DateOnly? EndDate, string Status, IReadOnlyList<string>? Risks);

public sealed record ProgressAssignment(Guid AssignmentId, string Title, string Status, DateOnly? DueDate);

public sealed record ProgressAssignments(IReadOnlyDictionary<string, int>? ByStatus, IReadOnlyList<ProgressAssignment> Items);

/// <summary>The hours so far; <see cref="PercentOfPlanToDate"/> is null while nothing is planned to date yet.</summary>
public sealed record ProgressHours(double Approved, double PlannedToDate, double PlannedTotal, double? PercentOfPlanToDate, int WeeksApproved);

public sealed record PlanGoal(Guid GoalId, string Title, string? CriterionKey, string? NeedsCategory, bool ConcernsWorkplace, string Status, string? Note);

public sealed record NextReview(Guid ReviewId, DateTimeOffset ScheduledAt, bool Overdue);

public sealed record LatestAssessment(string Role, Guid AssessmentId, DateTimeOffset SubmittedAt, string? Context, string Kind, IReadOnlyDictionary<string, string>? Levels);

public sealed record StudentProgress(
    Guid StudentId, string Name, string? StudentNumber, string? Cohort, string? Status,
    ProgressEnrolment? Enrolment, ProgressIntake? Intake, ProgressPlacement? Placement, ProgressAssignments? Assignments, ProgressHours? Hours,
    IReadOnlyList<LatestAssessment>? LatestAssessments, IReadOnlyList<CriterionProgress> Criteria, IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<PlanGoal> Goals, NextReview? NextReview, IReadOnlyList<Signal> OpenSignals,
    IReadOnlyList<TimelineItem>? Timeline = null);

/// <summary>One dated line of the student's combined history (Guidance writes the facts, the portal the sentence).</summary>
public sealed record TimelineItem(
    DateTimeOffset At, string Kind, string? Subject, string? Label, bool Urgent, bool Private, decimal? Hours, decimal? AuthorisedHours, Guid? Id);

public sealed record Plan(Guid StudentId, string? Approach, IReadOnlyList<PlanGoal> Goals, int ReviewEveryWeeks, int Revision,
    IReadOnlyList<PlanAgreement>? Agreements = null, DateTimeOffset? UpdatedAt = null);

public sealed record PlanAgreement(Guid AgreementId, string Kind, string Text, DateOnly MadeOn);

public sealed record SavePlanRequest(string? Approach, IReadOnlyList<SavePlanGoal> Goals, IReadOnlyList<SavePlanAgreement> Agreements, int ReviewEveryWeeks, int ExpectedRevision);

public sealed record SavePlanGoal(Guid GoalId, string Title, string? CriterionKey, string? NeedsCategory, bool ConcernsWorkplace, string Status, string? Note);

public sealed record SavePlanAgreement(Guid AgreementId, string Kind, string Text, DateOnly MadeOn);

public sealed record ReviewFeedForward(Guid AssessmentId, string Role, DateTimeOffset SubmittedAt, string Text, bool ByStudent);

public sealed record Review(
    Guid ReviewId, Guid StudentId, DateTimeOffset ScheduledAt, IReadOnlyList<string> Participants, string Status, string? Discussion,
    IReadOnlyList<ReviewFeedForward>? FeedForward, DateTimeOffset? HeldAt);

public sealed record ScheduleReviewRequest(DateTimeOffset ScheduledAt, IReadOnlyList<string> Participants);

public sealed record HoldReviewRequest(string Discussion, IReadOnlyList<ReviewGoalOutcome> GoalOutcomes, IReadOnlyList<ReviewNewAgreement> NewAgreements);

/// <summary>A plan goal's new status as agreed at the review; the title only when it was adjusted.</summary>
public sealed record ReviewGoalOutcome(Guid GoalId, string Status, string? AdjustedTitle, string? Note);

public sealed record ReviewNewAgreement(string Kind, string Text);
