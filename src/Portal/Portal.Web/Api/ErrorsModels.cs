namespace PartnershipHub.Portal.Api;

/// <summary>One line of an import as the page explains it: the errors still by column, so the portal can word them.</summary>
public sealed record ImportLine(int Line, string? Key, string Outcome, IReadOnlyDictionary<string, string[]>? Errors);

/// <summary>A student or company import's report with its lines' errors by column.</summary>
public sealed record ImportResult(int Rows, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportLine> Lines);
