namespace PartnershipHub.Students.Features.Import;

public sealed record ImportReport(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportRowResult> Rows);
