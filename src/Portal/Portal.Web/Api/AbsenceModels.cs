namespace PartnershipHub.Portal.Api;

// Guidance's absence answers and requests (Features/Absence); enums are camelCase strings.
public sealed record AbsenceImportRow(int Line, string? StudentNumber, string Outcome, IReadOnlyDictionary<string, string[]>? Errors);

public sealed record AbsenceImportReport(
    Guid ImportId, int Total, int Created, int Updated, int Unchanged, int Rejected, int Refused, int Students, IReadOnlyList<AbsenceImportRow> Rows, int RowsLeftOut);

public sealed record RecordAbsenceRequest(DateOnly? Date, decimal? Hours, bool? Authorised, string? ReasonCode);

public sealed record ReportWorkplaceAbsenceRequest(DateOnly? Date, decimal? Hours, bool? Authorised);

public sealed record SchoolAbsenceEntry(
    Guid AbsenceId, Guid StudentId, DateOnly Date, string Period, string Source, decimal Hours, bool Authorised, string? ReasonCode, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record WorkplaceAbsenceEntry(
    Guid AbsenceId, Guid StudentId, Guid PlacementId, DateOnly Date, decimal Hours, bool Authorised, string ReportedBy, DateTimeOffset ReportedAt);

public sealed record AbsenceWeek(DateOnly WeekStart, decimal AuthorisedHours, decimal UnauthorisedHours);

public sealed record StudentAbsence(
    Guid StudentId, DateOnly From, IReadOnlyList<AbsenceWeek> Weeks, IReadOnlyList<SchoolAbsenceEntry> School, IReadOnlyList<WorkplaceAbsenceEntry> Workplace);
