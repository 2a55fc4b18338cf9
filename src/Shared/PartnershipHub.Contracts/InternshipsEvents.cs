namespace PartnershipHub.Contracts;

// Published by the Internships service. Guidance keeps its progress view from these alone, so each event
// carries the placement (or assignment) as it now stands; a consumer keeps the highest Version per id.

public enum PlacementStatus
{
    Proposed,
    AgreementSigned,
    Active,
    Completed,
    EndedEarly,
}

public enum PlacementEndReason
{
    PoorFitWithTrade,
    StudentConduct,
    StudentCircumstances,
    CompanyCircumstances,
    AccreditationLost,
    StudentLeftSchool,
    Other,
}

public enum PlacementRisk
{
    AccreditationRevoked,
    NoRecentContact,
}

public enum AssignmentStatus
{
    Draft,
    ChangeRequested,
    Agreed,
    InProgress,
    Submitted,
    Returned,
    SignedOff,
    Reviewed,
}

public enum ContactKind
{
    Visit,
    Call,
    Mail,
    Meeting,
}

/// <summary>
/// A placement as it stands after the change the event reports. <see cref="TeacherStaffId"/> is the teacher a coordinator
/// put on the placement (null: none yet); it came last and defaults, so events stored before it still read.
/// <see cref="StartedOn"/> is the day the student really started (null: not started yet, or an event written before the
/// field existed): a placement may start later than its planned <see cref="StartDate"/>, and what is expected of it
/// (hours to date, a school–company contact) counts from the real start.
/// </summary>
public sealed record PlacementSnapshot(
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    string CompanyName,
    Guid LocationId,
    Guid? TrainerId,
    string Crebo,
    LearningRoute Route,
    Guid PeriodId,
    DateOnly StartDate,
    DateOnly EndDate,
    int PlannedHours,
    PlacementStatus Status,
    IReadOnlyList<PlacementRisk> Risks,
    Guid? TeacherStaffId = null,
    DateOnly? StartedOn = null);

public sealed record PlacementProposed(PlacementSnapshot Placement, long Version)
    : IntegrationEvent, IVersionedEvent;

/// <summary>All three signatures (student or guardian, school, company) are in.</summary>
public sealed record PlacementAgreementSigned(PlacementSnapshot Placement, DateTimeOffset SignedAt, long Version)
    : IntegrationEvent, IVersionedEvent;

public sealed record PlacementStarted(PlacementSnapshot Placement, DateOnly StartedOn, long Version)
    : IntegrationEvent, IVersionedEvent;

/// <summary>Completed (<see cref="EndedEarly"/> false) or ended early with a reason and by whom (a role name).</summary>
public sealed record PlacementEnded(
    PlacementSnapshot Placement,
    DateOnly EndedOn,
    bool EndedEarly,
    PlacementEndReason? Reason,
    string? EndedByRole,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>A coordinator put a teacher on the placement, or took them off (the snapshot's teacher is then null).</summary>
public sealed record PlacementTeacherAssigned(PlacementSnapshot Placement, long Version)
    : IntegrationEvent, IVersionedEvent;

/// <summary>A risk flag was raised on the placement (it is not changed silently); the snapshot lists all open risks.</summary>
public sealed record PlacementAtRisk(PlacementSnapshot Placement, PlacementRisk Risk, string Detail, long Version)
    : IntegrationEvent, IVersionedEvent;

/// <summary>
/// A risk flag was lifted (a contact moment was logged, the company's accreditation was granted again); the snapshot
/// lists the risks still open.
/// </summary>
public sealed record PlacementRiskCleared(PlacementSnapshot Placement, PlacementRisk Risk, string Detail, long Version)
    : IntegrationEvent, IVersionedEvent;

/// <summary>An assignment (praktijkopdracht) as it stands; criterion keys are the attitude framework's stable keys.</summary>
public sealed record AssignmentSnapshot(
    Guid AssignmentId,
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    string Title,
    IReadOnlyList<string> CriterionKeys,
    DateOnly? DueDate,
    AssignmentStatus Status);

public sealed record AssignmentAgreed(AssignmentSnapshot Assignment, Guid AgreedBy, long Version)
    : IntegrationEvent, IVersionedEvent;

public sealed record AssignmentSubmitted(AssignmentSnapshot Assignment, DateTimeOffset SubmittedAt, long Version)
    : IntegrationEvent, IVersionedEvent;

public sealed record AssignmentSignedOff(
    AssignmentSnapshot Assignment,
    Guid SignedOffBy,
    string? Feedback,
    DateTimeOffset SignedOffAt,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>One week's hours approved by the trainer; consumers key on (placement, week), so order does not matter.</summary>
public sealed record HoursApproved(
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    DateOnly WeekStart,
    decimal Hours,
    int PlannedHours) : IntegrationEvent;

/// <summary>A school–company contact moment; <see cref="Joint"/> when student, school and company all took part.</summary>
public sealed record ContactLogged(
    Guid ContactId,
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    ContactKind Kind,
    DateTimeOffset ContactedAt,
    bool Joint,
    string Summary,
    DateOnly? FollowUpDue,
    string? LoggedByRole = null) : IntegrationEvent;

/// <summary>
/// Any change of an assignment's status (drafted, change requested, agreed, started, submitted, returned, signed off,
/// reviewed), with who made it: <c>ChangedByRole</c> is a role name (<c>trainer</c>, <c>teacher</c>, <c>student</c>,
/// <c>coordinator</c>, <c>mentor</c>). Published beside the older, narrower assignment events.
/// </summary>
public sealed record AssignmentStatusChanged(
    AssignmentSnapshot Assignment,
    string ChangedByRole,
    DateTimeOffset ChangedAt,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>
/// One party signed the placement agreement (POK). Parties are camelCase: <c>student</c>, <c>school</c>, <c>company</c>;
/// <c>MissingParties</c> are those still to sign after this one (empty: the agreement is complete).
/// </summary>
public sealed record AgreementSignatureRecorded(
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    string Party,
    DateTimeOffset SignedAt,
    IReadOnlyList<string> MissingParties) : IntegrationEvent;

/// <summary>A student logged (or corrected) hours on a day; the week (from Monday) now waits for the trainer's approval.</summary>
public sealed record HoursLogged(
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    DateOnly Date,
    DateOnly WeekStart,
    decimal Hours,
    DateTimeOffset LoggedAt) : IntegrationEvent;

/// <summary>The trainer rejected a week of hours (the reason stays in Internships); the student corrects and logs again.</summary>
public sealed record HoursRejected(
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    DateOnly WeekStart,
    DateTimeOffset RejectedAt) : IntegrationEvent;
