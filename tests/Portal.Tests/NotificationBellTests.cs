using System.Globalization;
using System.Net;
using Bunit;
using PartnershipHub.Portal.Components.Layout;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The bell in the top bar: the unread count on the icon and in its accessible name, in both languages.</summary>
public sealed class NotificationBellTests : PortalTestContext
{
    private const string CountCall = "GET /api/notifications/unread-count";

    private StubHttpClientFactory Api(int? unread)
    {
        var stub = UseApis(unread is { } count ? new() { [CountCall] = (HttpStatusCode.OK, $$"""{"unread":{{count}}}""") } : new());
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void The_bell_shows_the_unread_count_and_says_it_in_its_name()
    {
        var stub = Api(3);

        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Equal("3", bell.Find("[data-testid=bell-count]").TextContent));
        var link = bell.Find("a[data-testid=bell]");
        Assert.Equal("/meldingen", link.GetAttribute("href"));
        Assert.Equal("3 ongelezen meldingen", link.GetAttribute("aria-label"));
        Assert.Equal("true", bell.Find("[data-testid=bell-count]").GetAttribute("aria-hidden"));
        Assert.Contains(CountCall, stub.Calls);
    }

    [Fact]
    public void In_english_the_name_is_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api(1);

        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Equal("1 unread notification", bell.Find("a[data-testid=bell]").GetAttribute("aria-label")));
        Assert.Equal("1", bell.Find("[data-testid=bell-count]").TextContent);
    }

    [Fact]
    public void Nothing_unread_or_the_service_away_shows_no_number_but_keeps_the_way_to_the_list()
    {
        Api(0);
        var none = Render<NotificationBell>();
        none.WaitForAssertion(() => Assert.Equal("Meldingen: geen ongelezen", none.Find("a[data-testid=bell]").GetAttribute("aria-label")));
        Assert.Empty(none.FindAll("[data-testid=bell-count]"));
    }

    [Fact]
    public void A_service_that_does_not_answer_leaves_the_bell_without_a_number()
    {
        var stub = Api(null);

        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Contains(CountCall, stub.Calls));
        Assert.Empty(bell.FindAll("[data-testid=bell-count]"));
        Assert.Equal("/meldingen", bell.Find("a[data-testid=bell]").GetAttribute("href"));
    }

    [Fact]
    public void More_than_99_shows_99_plus_and_names_both_what_it_shows_and_the_exact_number()
    {
        Api(150);

        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Equal("99+", bell.Find("[data-testid=bell-count]").TextContent));
        // The visible "99+" is part of the name (axe: label-content-name-mismatch), the exact count too.
        Assert.Equal("99+ ongelezen meldingen (150)", bell.Find("a[data-testid=bell]").GetAttribute("aria-label"));
    }
}
