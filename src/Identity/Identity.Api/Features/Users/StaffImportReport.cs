namespace PartnershipHub.Identity.Features.Users;

public sealed record StaffImportReport(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<StaffImportRowResult> Rows);
