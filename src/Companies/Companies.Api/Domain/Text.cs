using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>Shared checks for free-text fields, so every type trims and bounds them the same way.</summary>
public static class Text
{
    public static string Required(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new FieldValidationException(field, "This field is required.");
        }

        return Bounded(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Bounded(trimmed, field, maxLength);
    }

    public static string? OptionalEmail(string? value, string field)
    {
        var email = Optional(value, field, 254);
        return email is null || IsEmail(email) ? email?.ToLowerInvariant() : throw new FieldValidationException(field, "This is not an e-mail address.");
    }

    public static string RequiredEmail(string? value, string field) =>
        OptionalEmail(value, field) ?? throw new FieldValidationException(field, "This field is required.");

    // A deliberately loose check: one @, something either side, a dot in the domain, no spaces.
    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }

    private static string Bounded(string value, string field, int maxLength) =>
        value.Length <= maxLength ? value : throw new FieldValidationException(field, $"At most {maxLength} characters.");
}
