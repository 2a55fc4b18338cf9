namespace PartnershipHub.Portal.Api;

// The portal's view of the APIs' answers: only the fields it shows. Enums travel as strings.
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total);

public sealed record StudentSummary(
    Guid Id, string StudentNumber, string FirstName, string LastName, string Cohort, string Status,
    string? Crebo, string? QualificationName, int? Level, Guid? MentorStaffId, bool IntakeComplete)
{
    public string Name => $"{FirstName} {LastName}";
}

/// <summary>
/// Students' <c>GET /api/students/{id}</c>: one student, whose enrolment is nested (unlike the list's flat
/// summary). The portal read it as a <see cref="StudentSummary"/> before, so its crebo was always null there.
/// </summary>
public sealed record StudentDetail(
    Guid Id, string StudentNumber, string FirstName, string LastName, string Cohort, string Status, Guid? MentorStaffId, bool IntakeComplete,
    StudentEnrolment? CurrentEnrolment)
{
    public string Name => $"{FirstName} {LastName}";

    public string? Crebo => CurrentEnrolment?.Crebo;
}

public sealed record StudentEnrolment(string? Crebo, string? QualificationName, int Level);

public sealed record Classmate(Guid Id, string FirstName, string LastName)
{
    public string Name => $"{FirstName} {LastName}";
}

public sealed record StudentImportReport(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<StudentImportRow> Rows);

public sealed record StudentImportRow(int Line, string? StudentNumber, string Outcome, Guid? StudentId, IReadOnlyDictionary<string, string[]>? Errors);

public sealed record CompanySummary(Guid Id, string Name, string KvkNumber, string? Sector, bool Active, string? City, string? Postcode, double? DistanceKm);

public sealed record CompanyCapacity(Guid PeriodId, string PeriodName, DateOnly PeriodStart, DateOnly PeriodEnd, string Crebo, int Places);

public sealed record CompanyImportReport(int Rows, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<CompanyRejectedRow> RejectedRows);

public sealed record CompanyRejectedRow(int Row, string? KvkNumber, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>One row of an import report as the page shows it, whichever register it came from.</summary>
public sealed record ImportRowView(int Line, string? Key, string Outcome, string Errors);

/// <summary>An import's report as the page shows it.</summary>
public sealed record ImportReportView(int Rows, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportRowView> Lines);
