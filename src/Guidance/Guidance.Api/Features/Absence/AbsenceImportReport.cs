namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// The counts of every row, and the rows worth reading: rejected, refused and updated ones, in line order, at most
/// <see cref="SchoolAbsenceImporter.MaxReportedRows"/> (<see cref="RowsLeftOut"/> says how many more). Created and
/// unchanged rows are only counted: a college's export has 400,000 of them.
/// </summary>
public sealed record AbsenceImportReport(
    Guid ImportId,
    int Total,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    int Refused,
    int Students,
    IReadOnlyList<AbsenceImportRow> Rows,
    int RowsLeftOut);
