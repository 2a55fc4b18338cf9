using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>
/// The Chamber of Commerce (KvK) number: exactly eight digits. KvK publishes no checksum for it, so only the
/// format is validated; "0123 4567" and " 01234567 " are accepted and stored without spaces.
/// </summary>
public static class KvkNumber
{
    public static bool TryNormalize(string? text, out string kvk)
    {
        kvk = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        return kvk.Length == 8 && kvk.All(char.IsAsciiDigit);
    }

    public static string Parse(string? text, string field = "kvkNumber") =>
        TryNormalize(text, out var kvk) ? kvk : throw new FieldValidationException(field, "A KvK number is exactly 8 digits.");
}
