namespace PartnershipHub.Companies.Features.Import;

/// <summary>What an import did. Row numbers count lines of the file, the header being row 1.</summary>
public sealed record ImportReport(int Rows, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<RejectedRow> RejectedRows);
