using System.Text.RegularExpressions;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// What an administrator gives for a staff account, by the API or by a CSV row, checked by one set of rules so both
/// name the same fields: <c>email</c>, <c>displayName</c>, <c>roles</c>, <c>employeeNumber</c>, <c>language</c>.
/// </summary>
public sealed partial record StaffAccountDetails(
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? EmployeeNumber,
    string? Language)
{
    public const int MaxEmailLength = 254;
    public const int MaxDisplayNameLength = 200;
    public const int MaxEmployeeNumberLength = 50;

    /// <summary>
    /// The checked details; throws <see cref="FieldValidationException"/> naming every bad field at once. An empty
    /// <paramref name="employeeNumber"/> or <paramref name="language"/> means "not given" (null).
    /// </summary>
    public static StaffAccountDetails Create(string? email, string? displayName, IReadOnlyList<string>? roles, string? employeeNumber, string? language)
    {
        var errors = new Dictionary<string, string[]>();
        var address = email?.Trim() ?? "";
        // The address is also the user name, whose characters ASP.NET Identity limits: a letter, digit, '.', '_', '-', '+' and one '@'.
        if (address.Length is 0 or > MaxEmailLength || !EmailPattern().IsMatch(address))
        {
            errors["email"] = [$"An e-mail address (name@school.nl) of at most {MaxEmailLength} characters, with letters, digits, '.', '_', '-' or '+'."];
        }

        var name = displayName?.Trim() ?? "";
        if (name.Length is 0 or > MaxDisplayNameLength || name.Any(char.IsControl))
        {
            errors["displayName"] = [$"A name of 1 to {MaxDisplayNameLength} characters, without control characters."];
        }

        IReadOnlyList<string> staffRoles = [];
        try
        {
            staffRoles = RoleGrantRules.ParseStaffRoles(roles);
        }
        catch (FieldValidationException refusal)
        {
            foreach (var (field, messages) in refusal.Errors)
            {
                errors[field] = messages;
            }
        }

        var number = string.IsNullOrWhiteSpace(employeeNumber) ? null : employeeNumber.Trim();
        if (number is not null && (number.Length > MaxEmployeeNumberLength || number.Any(char.IsControl)))
        {
            errors["employeeNumber"] = [$"At most {MaxEmployeeNumberLength} characters, without control characters."];
        }

        var chosen = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
        if (chosen is not null && !Languages.All.Contains(chosen))
        {
            errors["language"] = [$"One of: {string.Join(", ", Languages.All)}."];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return new StaffAccountDetails(address, name, staffRoles, number, chosen);
    }

    [GeneratedRegex(@"^[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
