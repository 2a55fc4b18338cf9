using System.Globalization;

namespace PartnershipHub.Portal.Insights;

/// <summary>Figures and dates as people read them in their language: "3,8" / "3.8", "12 maart 2027" / "12 March 2027".</summary>
public static class InsightsFormat
{
    public static string Number(double value) => value.ToString("0.0", CultureInfo.CurrentCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A share 0–1 as a whole percentage ("42%").</summary>
    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.CurrentCulture) + "%";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset moment) => moment.ToLocalTime().ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"2026-06" as "juni 2026" / "June 2026".</summary>
    public static string Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
            : month;

    /// <summary>"2026-Q1" as "1e kwartaal 2026" / "Q1 2026" through the language's pattern.</summary>
    public static string Quarter(string quarter, string pattern) =>
        quarter.Length == 7 && quarter[4] == '-' && quarter[5] == 'Q'
            ? string.Format(CultureInfo.CurrentCulture, pattern, quarter[6], quarter[..4])
            : quarter;

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
}
