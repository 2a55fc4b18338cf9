namespace PartnershipHub.Students.Features.Import;

/// <summary>What happened to one data row; <see cref="Line"/> is the line in the file (the header is line 1).</summary>
public sealed record ImportRowResult(int Line, string? StudentNumber, ImportOutcome Outcome, Guid? StudentId, IReadOnlyDictionary<string, string[]>? Errors);
