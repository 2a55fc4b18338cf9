using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>The national number of a qualification: exactly five digits (e.g. 25655).</summary>
public static class Crebo
{
    public static bool IsValid(string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);

    public static string Parse(string? text, string field = "crebo")
    {
        var trimmed = text?.Trim();
        return IsValid(trimmed) ? trimmed! : throw new FieldValidationException(field, "A crebo code is exactly 5 digits.");
    }
}
