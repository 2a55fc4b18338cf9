using System.Text.RegularExpressions;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>
/// What a company offers students beyond the job itself, as short slugs that matching can compare
/// (e.g. <see cref="CloseSupervision"/> for students who need structure). Only the slugs listed here mean
/// something to matching and the portal; a new offer is added here first.
/// </summary>
public static partial class Offers
{
    public const string CloseSupervision = "close-supervision";
    public const string FixedDailyStructure = "fixed-daily-structure";
    public const string PartTimeHours = "part-time-hours";
    public const string LanguageSupport = "language-support";
    public const string WheelchairAccessible = "wheelchair-accessible";

    public static IReadOnlyList<string> Known { get; } = [CloseSupervision, FixedDailyStructure, PartTimeHours, LanguageSupport, WheelchairAccessible];

    public static IReadOnlyList<string> Normalize(IEnumerable<string?>? offers, string field = "cooperation.offers")
    {
        var result = new List<string>();
        var index = 0;
        foreach (var offer in offers ?? [])
        {
            var slug = offer?.Trim().ToLowerInvariant() ?? "";
            if (!SlugPattern().IsMatch(slug))
            {
                throw new FieldValidationException($"{field}[{index}]", "An offer is a slug of lowercase letters, digits and hyphens, at most 50 characters (e.g. close-supervision).");
            }

            if (!Known.Contains(slug))
            {
                throw new FieldValidationException($"{field}[{index}]", $"Not an offer the school knows; one of: {string.Join(", ", Known)}.");
            }

            if (!result.Contains(slug))
            {
                result.Add(slug);
            }

            index++;
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
