using System.Globalization;

namespace PartnershipHub.Portal.Localization;

/// <summary>
/// The portal's two languages. English keeps the name <c>en</c> (the culture cookie, the resource files and every
/// language check use it) but writes dates day-month-year as in Britain ("7 December 2026", "07/12/2026"): the
/// neutral <c>en</c> culture would write the US "12/7/2026", which a Dutch school reads as 12 July.
/// </summary>
public static class PortalCultures
{
    public static CultureInfo Dutch { get; } = CultureInfo.ReadOnly(new CultureInfo("nl-NL"));

    public static CultureInfo English { get; } = CreateEnglish();

    public static IReadOnlyList<CultureInfo> All { get; } = [Dutch, English];

    private static CultureInfo CreateEnglish()
    {
        var english = new CultureInfo("en")
        {
            DateTimeFormat = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.Clone(),
        };
        return CultureInfo.ReadOnly(english);
    }
}
