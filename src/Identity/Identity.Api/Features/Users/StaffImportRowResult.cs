namespace PartnershipHub.Identity.Features.Users;

/// <summary>What happened to one data row; <see cref="Line"/> is the line in the file (the header is line 1), <see cref="Errors"/> names each bad field.</summary>
public sealed record StaffImportRowResult(int Line, string? Email, StaffImportOutcome Outcome, Guid? UserId, IReadOnlyDictionary<string, string[]>? Errors);
