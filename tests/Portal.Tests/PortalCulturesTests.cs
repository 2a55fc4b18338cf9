using System.Globalization;
using PartnershipHub.Portal.Extensions;
using PartnershipHub.Portal.Localization;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>English keeps its name "en" but writes dates day-month-year; Dutch as the Netherlands does.</summary>
public sealed class PortalCulturesTests
{
    private static readonly DateOnly SeventhOfDecember = new(2026, 12, 7);

    [Fact]
    public void English_dates_are_day_month_year_never_the_US_order()
    {
        Assert.Equal("en", PortalCultures.English.Name);
        Assert.Equal("07/12/2026", SeventhOfDecember.ToString("d", PortalCultures.English));
        Assert.Equal("7 December 2026", SeventhOfDecember.ToString("d MMMM yyyy", PortalCultures.English));
        Assert.Contains("7 December 2026", SeventhOfDecember.ToString("D", PortalCultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_dates_are_day_month_year_with_dashes()
    {
        Assert.Equal("07-12-2026", SeventhOfDecember.ToString("d", PortalCultures.Dutch));
        Assert.Equal("7 december 2026", SeventhOfDecember.ToString("d MMMM yyyy", PortalCultures.Dutch));
    }

    [Fact]
    public void The_portal_offers_exactly_these_two_cultures()
    {
        Assert.Equal(["nl-NL", "en"], ApplicationServices.Cultures.Select(c => c.Name));
        Assert.Equal(CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.ShortDatePattern, ApplicationServices.Cultures[1].DateTimeFormat.ShortDatePattern);
    }
}
