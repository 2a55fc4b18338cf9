namespace PartnershipHub.Contracts;

// Published by the Guidance service. Ids, kinds, dates and numbers; never the private content (reasons, texts).

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
