namespace PartnershipHub.Companies.Features.Import;

/// <summary>A row that was not imported: its line in the file, its KvK number as written, and why, per column.</summary>
public sealed record RejectedRow(int Row, string? KvkNumber, IReadOnlyDictionary<string, string[]> Errors);
