using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Notifications;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// /meldingen: the list with its deep links and reading, and the "Te doen" list with closing by reason; what the service
/// refuses appears as a sentence in the user's language beside the reason, never as the API's English or a key.
/// </summary>
public sealed class InboxPageTests : PortalTestContext
{
    private static readonly Guid UnreadId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid ReadId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid ItemId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly string PlacementLink = "/trainer/placements/44444444-4444-4444-4444-444444444444";
    private static readonly string CloseCall = $"POST /api/notifications/work-items/{ItemId}/close?language=nl";

    private static string Page(string link = "/trainer/placements/44444444-4444-4444-4444-444444444444") => $$"""
        {"items":[
          {"id":"{{UnreadId}}","kind":"hoursToApprove","title":"Uren goedkeuren","body":"Sanne de Wit heeft uren ingevuld voor de week van 22 februari 2027.",
           "link":"{{link}}","urgent":false,"escalated":false,"createdAt":"2027-03-12T09:30:00Z","readAt":null,
           "workItemId":"{{ItemId}}","workItemOpen":true,"studentId":"55555555-5555-5555-5555-555555555555"},
          {"id":"{{ReadId}}","kind":"reviewScheduled","title":"Gesprek gepland","body":"Het voortgangsgesprek van Sanne de Wit is gepland.",
           "link":"/student","urgent":false,"escalated":false,"createdAt":"2027-03-10T09:30:00Z","readAt":"2027-03-10T10:00:00Z",
           "workItemId":null,"workItemOpen":null,"studentId":null}],
         "total":2,"unread":1,"page":1,"pageSize":20}
        """;

    private const string Items = """
        {"items":[{"id":"33333333-3333-3333-3333-333333333333","kind":"hoursToApprove","title":"Uren goedkeuren",
          "body":"Kees Bakker heeft dit nog niet gedaan: de uren van Sanne de Wit goedkeuren.","link":"/trainer/placements/44444444-4444-4444-4444-444444444444",
          "urgent":false,"openedAt":"2027-03-01T08:00:00Z","dueAt":"2027-03-12T08:00:00Z","escalated":true,"escalationLevel":1,
          "recipientName":"Kees Bakker","closedAt":null,"closedBy":null,"closeReason":null}],"total":1}
        """;

    private StubHttpClientFactory Api(string language = "nl", string? page = null, (HttpStatusCode, string)? close = null)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/notifications?page=1&pageSize=20&language={language}"] = (HttpStatusCode.OK, page ?? Page()),
            ["GET /api/notifications/unread-count"] = (HttpStatusCode.OK, """{"unread":1}"""),
            [$"POST /api/notifications/{UnreadId}/read"] = (HttpStatusCode.NoContent, ""),
            ["POST /api/notifications/read-all"] = (HttpStatusCode.NoContent, ""),
            [$"GET /api/notifications/work-items?open=true&page=1&pageSize=20&language={language}"] = (HttpStatusCode.OK, Items),
            [$"POST /api/notifications/work-items/{ItemId}/close?language={language}"] = close ?? (HttpStatusCode.OK, "{}"),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void The_list_shows_title_sentence_date_and_a_deep_link_and_reads_a_notification()
    {
        var stub = Api();

        var page = Render<Inbox>();

        var lines = page.WaitForElements("[data-testid=notification]");
        Assert.Equal(2, lines.Count);
        Assert.Contains("Uren goedkeuren", lines[0].TextContent);
        Assert.Contains("Sanne de Wit heeft uren ingevuld", lines[0].TextContent);
        Assert.Contains("maart 2027", lines[0].TextContent);
        Assert.Equal(PlacementLink, page.Find("[data-testid=notification-link]").GetAttribute("href"));
        Assert.Contains("1 ongelezen melding", page.Find("[data-testid=unread-summary]").TextContent);
        // Only the unread one can be marked read.
        var markRead = Assert.Single(page.FindAll("[data-testid=mark-read]"));

        markRead.Click();

        page.WaitForAssertion(() => Assert.Contains($"POST /api/notifications/{UnreadId}/read", stub.Calls));
        page.WaitForAssertion(() => Assert.Equal(2, stub.Calls.Count(c => c.StartsWith("GET /api/notifications?", StringComparison.Ordinal))));
        Assert.Contains("GET /api/notifications/unread-count", stub.Calls);
    }

    [Fact]
    public void Following_the_deep_link_reads_the_notification()
    {
        var stub = Api();
        var page = Render<Inbox>();

        page.WaitForElement("[data-testid=notification-link]").Click();

        page.WaitForAssertion(() => Assert.Contains($"POST /api/notifications/{UnreadId}/read", stub.Calls));
    }

    [Fact]
    public void Mark_all_read_reads_everything_and_refreshes_the_bell()
    {
        var stub = Api();
        var page = Render<Inbox>();

        page.WaitForElement("[data-testid=mark-all-read]").Click();

        page.WaitForAssertion(() => Assert.Contains("POST /api/notifications/read-all", stub.Calls));
        page.WaitForAssertion(() => Assert.Contains("GET /api/notifications/unread-count", stub.Calls));
    }

    [Fact]
    public void A_link_that_is_not_a_portal_path_is_not_offered()
    {
        Api(page: Page("https://elders.example/phishing"));

        var page = Render<Inbox>();

        var lines = page.WaitForElements("[data-testid=notification]");
        Assert.Empty(lines[0].QuerySelectorAll("[data-testid=notification-link]"));
        Assert.Contains("Sanne de Wit heeft uren ingevuld", lines[0].TextContent);
        Assert.Equal("/student", page.Find("[data-testid=notification-link]").GetAttribute("href"));
    }

    [Fact]
    public void In_english_the_texts_are_asked_in_english_and_dates_are_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var stub = Api("en");

        var page = Render<Inbox>();

        var line = page.WaitForElements("[data-testid=notification]")[0];
        Assert.Contains("March 2027", line.TextContent);
        Assert.Contains("Mark as read", line.TextContent);
        Assert.Equal("All notifications", page.Find("#notifications-heading").TextContent);
        Assert.Contains("GET /api/notifications?page=1&pageSize=20&language=en", stub.Calls);
    }

    [Fact]
    public void Te_doen_lists_open_work_items_and_closes_one_with_a_reason()
    {
        var stub = Api();
        var page = Render<Inbox>();

        page.WaitForElement("[data-testid=tab-todo]").Click();
        var item = page.WaitForElement("[data-testid=work-item]");
        Assert.Contains("Kees Bakker", page.Find("[data-testid=work-item-escalated]").TextContent);
        Assert.Contains("12 maart 2027", page.Find("[data-testid=work-item-due]").TextContent);
        Assert.Equal(PlacementLink, page.Find("[data-testid=work-item-link]").GetAttribute("href"));
        Assert.Equal("true", page.Find("[data-testid=tab-todo]").GetAttribute("aria-pressed"));

        page.Find("[data-testid=close-start]").Click();
        page.WaitForElement("textarea[data-testid=close-reason]").Change("De student is ziek; de uren komen later.");
        page.Find("[data-testid=close-confirm]").Click();

        page.WaitForElement("[data-testid=work-item-closed]");
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == CloseCall);
        Assert.Equal("De student is ziek; de uren komen later.", JsonDocument.Parse(body).RootElement.GetProperty("reason").GetString());
        Assert.Equal(2, stub.Calls.Count(c => c.StartsWith("GET /api/notifications/work-items", StringComparison.Ordinal)));
        Assert.NotNull(item);
    }

    [Theory]
    [InlineData("nl", "Schrijf in 3 tot 500 tekens waarom je dit sluit.")]
    [InlineData("en", "Write in 3 to 500 characters why you are closing this.")]
    public void A_refused_reason_shows_a_sentence_beside_the_field_in_the_users_language(string language, string sentence)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language == "nl" ? "nl-NL" : "en");
        Api(language, close: (HttpStatusCode.BadRequest, """
            {"title":"One or more validation errors occurred.","status":400,"errors":{"reason":["Say why this item is closed without the act it asks for (3 to 500 characters)."]}}
            """));
        var page = Render<Inbox>();

        page.WaitForElement("[data-testid=tab-todo]").Click();
        page.WaitForElement("[data-testid=close-start]").Click();
        page.Find("[data-testid=close-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains(sentence, page.Find("[data-testid=todo]").TextContent));
        var text = page.Find("[data-testid=todo]").TextContent;
        Assert.DoesNotContain("Say why", text);
        Assert.DoesNotContain("NotificationField.", text);
        Assert.Empty(page.FindAll("[data-testid=work-item-closed]"));
        // The reason field stays open to try again.
        Assert.NotNull(page.Find("textarea[data-testid=close-reason]"));
    }

    [Fact]
    public void An_item_closed_meanwhile_is_explained_with_the_rules_sentence()
    {
        Api(close: (HttpStatusCode.Conflict, """{"title":"Conflict","status":409,"rule":"work-item-closed","detail":"This work item is already closed."}"""));
        var page = Render<Inbox>();

        page.WaitForElement("[data-testid=tab-todo]").Click();
        page.WaitForElement("[data-testid=close-start]").Click();
        page.Find("textarea[data-testid=close-reason]").Change("Al gedaan.");
        page.Find("[data-testid=close-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("Dit is al afgehandeld of door iemand anders gesloten.", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("already closed", page.Markup);
    }
}
