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
