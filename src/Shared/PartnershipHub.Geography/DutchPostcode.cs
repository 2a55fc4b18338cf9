using System.Diagnostics.CodeAnalysis;

namespace PartnershipHub.Geography;

/// <summary>
/// A Dutch postcode, <c>1234 AB</c>: four digits, the first not zero, and two letters other than SA, SD and SS
/// (never issued). Accepts "1234AB", "1234 ab" and surrounding spaces; always prints as "1234 AB".
/// </summary>
public readonly record struct DutchPostcode
{
    private DutchPostcode(string digits, string letters)
    {
        Digits = digits;
        Letters = letters;
    }

    /// <summary>The PC4 area, e.g. "1234".</summary>
    public string Digits { get; }

    public string Letters { get; }

    public override string ToString() => $"{Digits} {Letters}";

    public static bool TryParse([NotNullWhen(true)] string? text, out DutchPostcode postcode)
    {
        postcode = default;
        if (text is null)
        {
            return false;
        }

        var compact = text.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length != 6
            || compact[0] is < '1' or > '9'
            || !compact[1..4].All(char.IsAsciiDigit)
            || !compact[4..].All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var letters = compact[4..];
        if (letters is "SA" or "SD" or "SS")
        {
            return false;
        }

        postcode = new DutchPostcode(compact[..4], letters);
        return true;
    }
}
