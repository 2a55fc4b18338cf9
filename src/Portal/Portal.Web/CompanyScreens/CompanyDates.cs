using System.Globalization;

namespace PartnershipHub.Portal.CompanyScreens;

/// <summary>Dates on the company screens: shown in the user's culture ("7 december 2026", "7 December 2026"), typed as ISO by date inputs.</summary>
public static class CompanyDates
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A date input's value (<c>yyyy-MM-dd</c>); empty or unreadable is null, which the API names as a missing field.</summary>
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Input(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
