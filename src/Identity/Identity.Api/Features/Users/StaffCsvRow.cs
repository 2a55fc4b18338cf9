using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>One data row of a staff import: its checked <see cref="Details"/>, or the <see cref="Errors"/> that reject it.</summary>
public sealed record StaffCsvRow(int Line, string? Email, StaffAccountDetails? Details, IReadOnlyDictionary<string, string[]>? Errors);
