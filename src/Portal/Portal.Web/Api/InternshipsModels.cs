
namespace PartnershipHub.Portal.Api;

// Internships' answers (docs/internships-service.md); enums are camelCase strings there, like every API's.
public sealed record InternshipPlacement(
    Guid Id, Guid StudentId, string? StudentName, Guid CompanyId, string? CompanyName, Guid? TrainerId, string? Crebo, string? Route,
    Guid PeriodId, DateOnly? StartDate, DateOnly? EndDate, double PlannedHours, double ApprovedHours, string Status,
    IReadOnlyList<string>? Risks, IReadOnlyList<string>? AllowedTransitions);

public sealed record Signature(string Party, string Method, string? SignerName, DateTimeOffset SignedAt);

public sealed record Agreement(Guid PlacementId, string Status, bool StudentIsMinor, IReadOnlyList<Signature> Signatures, IReadOnlyList<string> Missing);

public sealed record SignRequest(string Party, string Method, string SignerName);

public sealed record Assignment(
    Guid Id, Guid PlacementId, string Title, string? Description, IReadOnlyList<string>? CriterionKeys, DateOnly? DueDate, string Status,
    string? Evidence, string? Reflection, string? Feedback, IReadOnlyList<string>? AllowedTransitions,
    IReadOnlyList<string>? WorkProcesses = null, IReadOnlyList<AssignmentStep>? Steps = null)
{
    /// <summary>What the trainer last asked to change, while the assignment waits for the teacher's revision.</summary>
    public string? ChangeRequest => Status == "changeRequested" ? Steps?.LastOrDefault(step => step.Action == "request-change")?.Comment : null;
}

public sealed record AssignmentStep(string Action, string Status, string ByRole, Guid? By, DateTimeOffset At, string? Comment);

public sealed record CommentRequest(string? Comment);

public sealed record FeedbackRequest(string? Feedback);

public sealed record HoursDay(DateOnly Date, double Hours, string? Description, string Status, string? DecisionComment = null);

/// <summary>A week of hours; its status is a day status when all days share it, else <c>mixed</c>.</summary>
public sealed record HoursWeek(DateOnly WeekStart, double Hours, string Status, IReadOnlyList<HoursDay> Days);

public sealed record PlacementHours(double PlannedHours, double LoggedHours, double ApprovedHours, double Progress, IReadOnlyList<HoursWeek> Weeks);

public sealed record MatchingWeights(int TravelPerKm, int BeyondMaxPerKm, int SectorMismatch, int NeedsMismatch, int Spreading, int UnplacedPenalty);

public sealed record StartRunRequest(Guid PeriodId, string? Crebo, string? Cohort);

public sealed record CostTerm(string Term, int Cost);

public sealed record Alternative(Guid CompanyId, string? CompanyName, double? DistanceKm, int Cost);

public sealed record Proposal(
    Guid StudentId, string? StudentName, Guid? CompanyId, string? CompanyName, double? DistanceKm, int Cost, IReadOnlyList<CostTerm>? Terms,
    IReadOnlyList<Alternative>? Alternatives, string Status, string? DecisionReason, Guid? PlacementId);

public sealed record Exclusion(Guid CompanyId, string? CompanyName, string Rule);

public sealed record Unplaced(Guid StudentId, string? StudentName, string? Reason, IReadOnlyList<Exclusion>? Excluded);

public sealed record RunTimings(long BuildMs, long SolveMs, long StoreMs, long TotalMs);

public sealed record MatchingRun(
    Guid Id, Guid PeriodId, string? PeriodName, DateTimeOffset CreatedAt, string Status, int StudentCount, int PlacedCount, int UnplacedCount,
    long TotalCost, RunTimings? Timings, IReadOnlyList<Proposal>? Proposals, IReadOnlyList<Unplaced>? Unplaced);

public sealed record ReasonRequest(string? Reason);

public sealed record OverrideRequest(Guid CompanyId, string Reason);

public sealed record DraftAssignmentRequest(string Title, string Description, IReadOnlyList<string> CriterionKeys, IReadOnlyList<string> WorkProcesses, DateOnly? DueDate);

public sealed record Contact(
    Guid Id, string Kind, DateTimeOffset ContactedAt, Guid? ByStaffId, string? ByRole, string Summary, bool Joint, string? FollowUp, DateOnly? FollowUpDue);

public sealed record ContactLog(int JointCount, DateTimeOffset? LastContactAt, bool NoRecentContact, IReadOnlyList<Contact> Contacts);

public sealed record LogContactRequest(string Kind, DateTimeOffset ContactedAt, string Summary, bool Joint, string? FollowUp, DateOnly? FollowUpDue);
