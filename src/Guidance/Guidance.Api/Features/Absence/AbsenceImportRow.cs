namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>What happened to one data row; <see cref="Line"/> is the line in the file (the header is line 1).</summary>
public sealed record AbsenceImportRow(int Line, string? StudentNumber, AbsenceImportOutcome Outcome, IReadOnlyDictionary<string, string[]>? Errors);
