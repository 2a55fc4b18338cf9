using System.Globalization;
using System.Net;
using Bunit;
using MudBlazor;
using PartnershipHub.Portal.Components.Pages.Admin;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class StaffAccountsPageTests : PortalTestContext
{
    private const string FirstPage = "GET /api/users?staff=true&page=1&pageSize=25";

    private static string Page(int total, int page = 1) => $$"""
        {"items":[
          {"id":"{{Guid.NewGuid()}}","email":"mentor@demo","displayName":"Mila Mentor","roles":["mentor","teacher"],"studentId":null,"staffId":"{{Guid.NewGuid()}}",
           "companyIds":[],"active":true,"lockedOut":false,"employeeNumber":"P-1001","language":"nl","invitationPending":true},
          {"id":"{{Guid.NewGuid()}}","email":"oud@demo","displayName":"Otto Oud","roles":["care"],"studentId":null,"staffId":"{{Guid.NewGuid()}}",
           "companyIds":[],"active":false,"lockedOut":false,"employeeNumber":null,"language":"en","invitationPending":false}],
         "page":{{page}},"pageSize":25,"total":{{total}}}
        """;

    private StubHttpClientFactory Api(int total = 2)
    {
        var stub = UseApis(new()
        {
            [FirstPage] = (HttpStatusCode.OK, Page(total)),
            ["GET /api/users?staff=true&page=2&pageSize=25"] = (HttpStatusCode.OK, Page(total, 2)),
            ["GET /api/users?staff=true&page=1&pageSize=25&search=mila"] = (HttpStatusCode.OK, Page(1)),
            ["GET /api/users?staff=true&page=1&pageSize=25&role=mentor"] = (HttpStatusCode.OK, Page(1)),
            ["GET /api/users?staff=true&page=1&pageSize=25&search=%00"] = (HttpStatusCode.BadRequest,
                """{"status":400,"errors":{"search":["search is at most 256 characters, without control characters."]}}"""),
        });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");
        return stub;
    }

    [Fact]
    public void The_list_shows_roles_and_state_in_dutch_with_the_total_formatted_by_culture()
    {
        var stub = Api(total: 1250);

        var page = Render<StaffAccounts>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=staff-link]").Count));
        Assert.Equal("Gevonden accounts: 1.250 · pagina 1 van 50", page.Find("[data-testid=staff-count]").TextContent.Trim());
        var rows = page.Find("[data-testid=staff-accounts]").TextContent;
        Assert.Contains("Mentor, Docent", rows, StringComparison.Ordinal);
        Assert.Contains("Zorgmedewerker", rows, StringComparison.Ordinal);
        Assert.Contains("Uitnodiging nog niet gebruikt", rows, StringComparison.Ordinal);
        Assert.Contains("Gedeactiveerd", rows, StringComparison.Ordinal);
        Assert.Contains("P-1001", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("care", rows, StringComparison.Ordinal);
        Assert.StartsWith("/admin/staff/", page.Find("[data-testid=staff-link]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal([FirstPage], stub.Calls);
    }

    [Fact]
    public void The_list_in_english_pages_searches_and_filters_by_role()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var stub = Api(total: 1250);

        var page = Render<StaffAccounts>();
        page.WaitForAssertion(() => Assert.Equal("Accounts found: 1,250 · page 1 of 50", page.Find("[data-testid=staff-count]").TextContent.Trim()));
        Assert.Contains("Mentor, Teacher", page.Find("[data-testid=staff-accounts]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Invitation not used yet", page.Find("[data-testid=staff-accounts]").TextContent, StringComparison.Ordinal);

        page.InvokeAsync(() => page.FindComponent<MudPagination>().Instance.SelectedChanged.InvokeAsync(2));
        page.WaitForAssertion(() => Assert.Contains("GET /api/users?staff=true&page=2&pageSize=25", stub.Calls));
        page.WaitForAssertion(() => Assert.Equal("Accounts found: 1,250 · page 2 of 50", page.Find("[data-testid=staff-count]").TextContent.Trim()));

        page.Find("input[data-testid=staff-search]").Change("mila");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("GET /api/users?staff=true&page=1&pageSize=25&search=mila", stub.Calls));

        page.Find("input[data-testid=staff-search]").Change("");
        page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("mentor"));
        page.WaitForAssertion(() => Assert.Contains("GET /api/users?staff=true&page=1&pageSize=25&role=mentor", stub.Calls));
        page.WaitForAssertion(() => Assert.Equal("Accounts found: 1 · page 1 of 1", page.Find("[data-testid=staff-count]").TextContent.Trim()));
    }

    [Fact]
    public void A_refused_search_is_explained_beside_the_search_field()
    {
        Api();

        var page = Render<StaffAccounts>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=staff-link]").Count));
        page.Find("input[data-testid=staff-search]").Change("\0");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Zoek met hoogstens 256 gewone tekens.", page.Find("[data-testid=staff-search]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_lost_identity_service_is_said_in_a_sentence()
    {
        UseApis(new() { [FirstPage] = (HttpStatusCode.ServiceUnavailable, "") });
        AddAuthorization().SetAuthorized("operator@demo").SetRoles("operator");

        var page = Render<StaffAccounts>();

        page.WaitForAssertion(() => Assert.Contains("Er ging aan onze kant iets mis", page.Find("[data-testid=problem]").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.FindAll("[data-testid=staff-none]"));
    }
}
