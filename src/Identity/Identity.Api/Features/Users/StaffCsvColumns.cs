namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// The columns of a staff import, named like <see cref="CreateStaffAccountRequest"/>'s JSON fields so an error names
/// the same field either way. Headers match case-insensitively and ignore spaces, '_' and '-' ("display name" works too).
/// </summary>
public static class StaffCsvColumns
{
    public const string Email = "email";
    public const string DisplayName = "displayName";
    public const string Roles = "roles";
    public const string EmployeeNumber = "employeeNumber";
    public const string Language = "language";

    /// <summary>Separates the roles inside the roles column (<c>mentor|teacher</c>), which works with either delimiter.</summary>
    public const char RoleSeparator = '|';

    public static IReadOnlyList<string> Required { get; } = [Email, DisplayName, Roles];

    public static IReadOnlyList<string> All { get; } = [Email, DisplayName, Roles, EmployeeNumber, Language];

    public static string Normalise(string header) =>
        new([.. header.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant)]);
}
