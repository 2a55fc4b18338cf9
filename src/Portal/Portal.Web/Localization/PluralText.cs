using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PartnershipHub.Portal.Localization;

/// <summary>
/// Counted texts without "(en)": the resource has a <c>.One</c> and an <c>.Other</c> form ("1 opdracht", "2 opdrachten";
/// "1 hour", "8 hours"), chosen by the number and formatted in the user's culture.
/// </summary>
public static class PluralText
{
    public static string Plural(this IStringLocalizer text, string key, int count) =>
        string.Format(CultureInfo.CurrentCulture, text[count == 1 ? key + ".One" : key + ".Other"], count);

    public static string Plural(this IStringLocalizer text, string key, double count) =>
        string.Format(CultureInfo.CurrentCulture, text[count == 1 ? key + ".One" : key + ".Other"], count.ToString("0.##", CultureInfo.CurrentCulture));
}
