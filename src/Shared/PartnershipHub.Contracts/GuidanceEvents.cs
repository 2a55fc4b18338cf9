namespace PartnershipHub.Contracts;

// Published by the Guidance service. Events carry ids and facts for the notifications and programme dashboards, never
// what a person wrote (evidence sentences, notes, help-request or concern texts): those stay in Guidance.

/// <summary>
/// An early-warning signal was raised for a student, by one of Guidance's rules or by hand. <see cref="Rule"/> is the
/// rule's camelCase name (<c>hoursBehindPlan</c>, <c>noSchoolCompanyContact</c>, <c>manual</c>, …; new rules may
/// appear); <see cref="Urgent"/> asks for the mentor's attention today; <see cref="RaisedBy"/> is the staff id of a
/// person who raised it by hand (null: a rule); <see cref="LoweredByIntake"/> says the intake's needs made it fire
/// earlier than for other students.
/// </summary>
public sealed record RiskSignalRaised(
    Guid SignalId,
    Guid StudentId,
    Guid? MentorStaffId,
    string Rule,
    bool Urgent,
    string? RaisedBy,
    DateTimeOffset RaisedAt,
    bool LoweredByIntake = false) : IntegrationEvent;

/// <summary>The mentor has seen the signal (the first response).</summary>
public sealed record RiskSignalAcknowledged(Guid SignalId, Guid StudentId, string Rule, string AcknowledgedBy, DateTimeOffset AcknowledgedAt)
    : IntegrationEvent;

/// <summary>The signal was resolved with a note (the note stays in Guidance).</summary>
public sealed record RiskSignalResolved(Guid SignalId, Guid StudentId, string Rule, string ResolvedBy, DateTimeOffset ResolvedAt)
    : IntegrationEvent;
// Help requests: never the text of a request, an answer or a closing note (a private help request is for the
// student's mentor and care staff alone).

/// <summary>What a student's help request is about.</summary>
public enum HelpRequestTopic
{
    SchoolWork,
    Placement,
    Personal,
}

/// <summary>Whether the student wants an answer or a conversation.</summary>
public enum HelpRequestKind
{
    Question,
    Conversation,
}

/// <summary>A student asked the school for help; <c>MentorStaffId</c> is the student's mentor when asked (null: none yet).</summary>
public sealed record HelpRequestAsked(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    bool Private,
    DateTimeOffset AskedAt) : IntegrationEvent;

/// <summary>The school answered, or planned a conversation (<c>ConversationPlannedAt</c>: when it will be held).</summary>
public sealed record HelpRequestAnswered(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    bool Private,
    string AnsweredBy,
    DateTimeOffset AnsweredAt,
    DateTimeOffset? ConversationPlannedAt) : IntegrationEvent;

/// <summary>The help request was closed with what was done (the note itself stays in Guidance).</summary>
public sealed record HelpRequestClosed(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    bool Private,
    string ClosedBy,
    DateTimeOffset ClosedAt) : IntegrationEvent;

// Workplace concerns: never the free text people wrote (a trainer's concern may name colleagues).

/// <summary>What a workplace concern is about, as the trainer chose it.</summary>
public enum WorkplaceConcernKind
{
    Lateness,
    Conflict,
    Safety,
    Worried,
    Incident,
    Other,
}

public enum WorkplaceConcernUrgency
{
    Normal,
    Urgent,
}

/// <summary>
/// A workplace trainer raised a concern about a student placed at their company. <see cref="RaisedBy"/> is the trainer's
/// account (the token's subject).
/// </summary>
public sealed record WorkplaceConcernRaised(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    Guid CompanyId,
    WorkplaceConcernKind Kind,
    WorkplaceConcernUrgency Urgency,
    string RaisedBy,
    DateTimeOffset RaisedAt) : IntegrationEvent;

/// <summary>The school (the student's mentor or the placement's teacher, by staff id) answered the concern.</summary>
public sealed record WorkplaceConcernAnswered(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    Guid CompanyId,
    string AnsweredBy,
    DateTimeOffset AnsweredAt) : IntegrationEvent;

/// <summary>The school closed the concern (with a note of its own, which stays in Guidance).</summary>
public sealed record WorkplaceConcernClosed(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    Guid CompanyId,
    string ClosedBy,
    DateTimeOffset ClosedAt) : IntegrationEvent;

/// <summary>Where an absence record came from.</summary>
public enum AbsenceSource
{
    /// <summary>The student information system's export.</summary>
    Import,

    /// <summary>Entered by the student's mentor.</summary>
    Mentor,

    /// <summary>Reported by the workplace trainer.</summary>
    Workplace,
}

/// <summary>
/// One school absence import committed: its counts, not its rows (a college's export is 400,000 rows). Each student whose
/// absence it changed gets one <see cref="AbsenceRecorded"/> as well.
/// </summary>
public sealed record SchoolAbsenceImported(
    Guid ImportId,
    int Rows,
    int Students,
    DateTimeOffset ImportedAt,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    string ImportedBy) : IntegrationEvent;

/// <summary>
/// A student's absence from one source changed between <see cref="From"/> and <see cref="To"/> (inclusive); the hours
/// are that source's totals over the span after the change. One per student per import or entry, however many days.
/// </summary>
public sealed record AbsenceRecorded(
    Guid StudentId,
    DateOnly From,
    DateOnly To,
    decimal UnauthorisedHours,
    decimal AuthorisedHours,
    AbsenceSource Source) : IntegrationEvent;

/// <summary>
/// An attitude assessment was submitted (final). Carries no ratings' evidence: only which criteria the assessor put at
/// "needs attention" and on which criteria this assessment and the latest submitted one of another role (school vs
/// workplace, trainer vs self) are two levels or more apart. Roles are camelCase: <c>self</c>, <c>peer</c>,
/// <c>teacher</c>, <c>mentor</c>, <c>trainer</c>.
/// </summary>
public sealed record AttitudeAssessmentSubmitted(
    Guid AssessmentId,
    Guid StudentId,
    Guid? PlacementId,
    string AssessorRole,
    string Kind,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<string> NeedsAttentionCriteria,
    IReadOnlyList<string> DiscrepantCriteria,
    Guid? AssessorStaffId = null,
    IReadOnlyList<CriterionLevel>? Levels = null) : IntegrationEvent;

/// <summary>
/// The level an assessor gave one criterion (by the framework's stable key): 1 needs attention, 2 developing, 3 competent,
/// 4 strong. "Not observed" is left out. No evidence, no observation text.
/// </summary>
public sealed record CriterionLevel(string CriterionKey, int Level);

/// <summary>A progress review was planned (or moved); participants are camelCase (<c>student</c>, <c>mentor</c>, <c>trainer</c>, <c>teacher</c>, <c>parent</c>).</summary>
public sealed record ReviewScheduled(
    Guid ReviewId,
    Guid StudentId,
    DateTimeOffset ScheduledAt,
    IReadOnlyList<string> Participants,
    string ScheduledBy) : IntegrationEvent;

/// <summary>A progress review was held; the next one is due by the plan's rhythm.</summary>
public sealed record ReviewHeld(
    Guid ReviewId,
    Guid StudentId,
    DateTimeOffset ScheduledAt,
    DateTimeOffset HeldAt,
    DateOnly NextReviewDue) : IntegrationEvent;

public sealed record ReviewCancelled(Guid ReviewId, Guid StudentId, DateTimeOffset CancelledAt) : IntegrationEvent;

/// <summary>The student's plan was saved: its rhythm (a review, and before it each party's assessment, every N weeks).</summary>
public sealed record PlanUpdated(
    Guid StudentId,
    int ReviewEveryWeeks,
    DateTimeOffset UpdatedAt,
    long Version,
    IReadOnlyList<PlanGoalFact>? Goals = null) : IntegrationEvent, IVersionedEvent;

/// <summary>
/// One goal of the plan as it now stands, without its title or note. <see cref="Area"/> is the needs category the goal
/// answers, camelCase (<c>pedagogical</c>, <c>didactic</c>, <c>futureWishes</c>, <c>structure</c>,
/// <c>privateCircumstances</c>), or <c>attitude</c> for a goal on an attitude criterion (<see cref="CriterionKey"/>), or
/// <c>other</c>. <see cref="Status"/> is camelCase: <c>open</c>, <c>met</c>, <c>adjusted</c>, <c>dropped</c>. A
/// <c>futureWishes</c> goal is how a progression wish from the intake is followed up.
/// </summary>
public sealed record PlanGoalFact(Guid GoalId, string Area, string? CriterionKey, string Status, bool ConcernsWorkplace);
