namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// A new school staff account. <see cref="Roles"/>: one or more of mentor, teacher, coordinator, care, operator;
/// <see cref="Language"/>: <c>nl</c> (default) or <c>en</c>, the language of the invitation and later mails. The staff id
/// is issued by Identity, never given here.
/// </summary>
public sealed record CreateStaffAccountRequest(
    string? Email,
    string? DisplayName,
    IReadOnlyList<string>? Roles,
    string? EmployeeNumber,
    string? Language);
