using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The coordinator's company list and the register form, against stubbed Companies answers.</summary>
public sealed class CoordinatorCompaniesTests : PortalTestContext
{
    internal static readonly Guid CompanyId = Guid.Parse("5eed0000-0000-0000-0000-000000000c01");
    internal static readonly Guid FirstPeriod = Guid.Parse("0e000000-0000-0000-0000-000000000001");
    internal static readonly Guid SecondPeriod = Guid.Parse("0e000000-0000-0000-0000-000000000002");

    internal static readonly string Periods = $$"""
        [{"id":"{{FirstPeriod}}","name":"2026-2027 BPV 1","start":"2026-09-01","end":"2027-01-31","ended":false},
         {"id":"{{SecondPeriod}}","name":"2026-2027 BPV 2","start":"2027-02-01","end":"2027-06-30","ended":false}]
        """;

    private static readonly string FirstPage = $$"""
        {"items":[{"id":"{{CompanyId}}","name":"Bakkerij De Korenaar","kvkNumber":"12345678","sector":"Retail","active":true,"city":"Utrecht",
                   "postcode":"3511 AB","distanceKm":null,"crebos":["25645","25662"],"places":3},
                  {"id":"{{Guid.NewGuid()}}","name":"Kapsalon Knip","kvkNumber":"87654321","sector":null,"active":false,"city":"Zeist",
                   "postcode":"3701 AA","distanceKm":null,"crebos":[],"places":0}],
         "pageNumber":1,"pageSize":25,"total":57}
        """;

    private const string ListCall = "GET /api/companies?page=1&pageSize=25";

    private static string Field<TPage>(IRenderedComponent<TPage> page, string testId)
        where TPage : IComponent =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public void The_list_shows_the_total_accreditations_places_and_links_to_each_company()
    {
        UseApis(new() { [ListCall] = (HttpStatusCode.OK, FirstPage), ["GET /api/periods"] = (HttpStatusCode.OK, Periods) });

        var page = Render<Components.Pages.Coordinator.Companies>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=companies] tbody tr").Count));
        Assert.Equal("57 leerbedrijven", page.Find("[data-testid=company-count]").TextContent);
        var first = page.FindAll("[data-testid=companies] tbody tr")[0].TextContent;
        Assert.Contains("25645, 25662", first, StringComparison.Ordinal);
        Assert.Contains("Actief", first, StringComparison.Ordinal);
        Assert.Contains("geen", page.FindAll("[data-testid=companies] tbody tr")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/coordinator/companies/{CompanyId}", page.Find("[data-testid=company-link]").GetAttribute("href"));
        Assert.Equal("/coordinator/companies/new", page.Find("[data-testid=new-company]").GetAttribute("href"));
        Assert.Equal(
            ["Alle lopende en komende periodes", "2026-2027 BPV 1 (1 september 2026 – 31 januari 2027)", "2026-2027 BPV 2 (1 februari 2027 – 30 juni 2027)"],
            page.FindAll("select[data-testid=period] option").Select(o => o.TextContent));
    }

    [Fact]
    public void Searching_sends_every_filter_to_the_api_and_starts_at_page_one()
    {
        var filtered = $"GET /api/companies?page=1&pageSize=25&text=korenaar&city=Utr&crebo=25662&accredited=true&withPlaces=true&periodId={SecondPeriod}";
        var stub = UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, FirstPage),
            ["GET /api/periods"] = (HttpStatusCode.OK, Periods),
            [filtered] = (HttpStatusCode.OK, """{"items":[],"pageNumber":1,"pageSize":25,"total":0}"""),
        });

        var page = Render<Components.Pages.Coordinator.Companies>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=companies] tbody tr").Count));
        page.Find("input[data-testid=text]").Change("korenaar");
        page.Find("input[data-testid=city]").Change("Utr");
        page.Find("input[data-testid=crebo]").Change("25662");
        page.Find("select[data-testid=accredited]").Change("yes");
        page.Find("select[data-testid=period]").Change(SecondPeriod.ToString());
        StaffAccountNewTests.RoleBox(page.Find("[data-testid=with-places]")).Change(true);
        page.Find("form[data-testid=company-filters]").Submit();

        page.WaitForAssertion(() => Assert.Contains(filtered, stub.Calls));
        page.WaitForAssertion(() => Assert.Equal("0 leerbedrijven", page.Find("[data-testid=company-count]").TextContent));
    }

    [Fact]
    public void A_bad_crebo_filter_is_a_sentence_beside_the_crebo_field()
    {
        UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, FirstPage),
            ["GET /api/periods"] = (HttpStatusCode.OK, Periods),
            ["GET /api/companies?page=1&pageSize=25&crebo=123"] = (HttpStatusCode.BadRequest, """{"status":400,"errors":{"crebo":["A crebo code is exactly 5 digits."]}}"""),
        });

        var page = Render<Components.Pages.Coordinator.Companies>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=companies] tbody tr").Count));
        page.Find("input[data-testid=crebo]").Change("123");
        page.Find("form[data-testid=company-filters]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Een crebo heeft precies 5 cijfers.", Field(page, "crebo"), StringComparison.Ordinal));
        Assert.DoesNotContain("exactly 5 digits", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void The_list_reads_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        UseApis(new() { [ListCall] = (HttpStatusCode.OK, FirstPage), ["GET /api/periods"] = (HttpStatusCode.OK, Periods) });

        var page = Render<Components.Pages.Coordinator.Companies>();

        page.WaitForAssertion(() => Assert.Equal("57 companies", page.Find("[data-testid=company-count]").TextContent));
        Assert.Equal("Training companies", page.Find("h1").TextContent);
        Assert.Contains("2026-2027 BPV 1 (1 September 2026 – 31 January 2027)", page.Find("select[data-testid=period]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Inactive", page.FindAll("[data-testid=companies] tbody tr")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_sends_the_company_with_its_locations_and_opens_its_page()
    {
        var stub = UseApis(new() { ["POST /api/companies"] = (HttpStatusCode.Created, CompanyPageTests.Company) });

        var page = Render<CompanyNew>();
        page.Find("input[data-testid=company-name]").Change("Bakkerij De Korenaar");
        page.Find("input[data-testid=company-kvk]").Change(" 12345678 ");
        page.Find("input[data-testid=contact-name]").Change("Els Visser");
        page.Find("input[data-testid=contact-email]").Change("els@korenaar.nl");
        page.Find("input[data-testid=location-street-0]").Change("Oudegracht 1");
        page.Find("input[data-testid=location-postcode-0]").Change("3511 AB");
        page.Find("input[data-testid=location-city-0]").Change("Utrecht");
        page.Find("[data-testid=add-location]").Click();
        page.Find("input[data-testid=location-street-1]").Change("Stationsplein 2");
        page.Find("input[data-testid=location-postcode-1]").Change("3811 AA");
        page.Find("input[data-testid=location-city-1]").Change("Amersfoort");
        page.Find("form[data-testid=company-form]").Submit();

        page.WaitForAssertion(() => Assert.EndsWith(
            $"/coordinator/companies/{CompanyId}?registered=true", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == "POST /api/companies").Body);
        var root = body.RootElement;
        Assert.Equal("Bakkerij De Korenaar", root.GetProperty("name").GetString());
        Assert.Equal("12345678", root.GetProperty("kvkNumber").GetString());
        Assert.True(root.GetProperty("active").GetBoolean());
        Assert.Equal("els@korenaar.nl", root.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("contact").GetProperty("phone").ValueKind);
        Assert.Equal(["Utrecht", "Amersfoort"], root.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("city").GetString()));
        Assert.All(root.GetProperty("locations").EnumerateArray(), l => Assert.Equal(JsonValueKind.Null, l.GetProperty("latitude").ValueKind));
    }

    [Fact]
    public void Register_errors_are_dutch_sentences_beside_their_fields()
    {
        UseApis(new()
        {
            ["POST /api/companies"] = (HttpStatusCode.BadRequest, """
                {"status":400,"errors":{"name":["This field is required."],"kvkNumber":["A KvK number is exactly 8 digits."],
                 "contact.email":["This is not an e-mail address."],"locations[0].postcode":["A Dutch postcode looks like 1234 AB."]}}
                """),
        });

        var page = Render<CompanyNew>();
        page.Find("form[data-testid=company-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Een KvK-nummer heeft precies 8 cijfers.", Field(page, "company-kvk"), StringComparison.Ordinal));
        Assert.Contains("Vul een naam in", Field(page, "company-name"), StringComparison.Ordinal);
        Assert.Contains("Vul een geldig e-mailadres in", Field(page, "contact-email"), StringComparison.Ordinal);
        Assert.Contains("Een Nederlandse postcode ziet eruit als 1234 AB.", Field(page, "location-postcode-0"), StringComparison.Ordinal);
        Assert.DoesNotContain("Een Nederlandse postcode", Field(page, "location-street-0"), StringComparison.Ordinal);
        Assert.DoesNotContain("This field is required", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_kvk_number_already_registered_stands_beside_the_kvk_field_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        UseApis(new() { ["POST /api/companies"] = (HttpStatusCode.Conflict, """{"status":409,"rule":"kvk-number-taken","detail":"A company with KvK number 12345678 is already registered."}""") });

        var page = Render<CompanyNew>();
        page.Find("form[data-testid=company-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("A company with this KvK number is already registered.", Field(page, "company-kvk"), StringComparison.Ordinal));
        Assert.Equal("New training company", page.Find("h1").TextContent);
        Assert.DoesNotContain("12345678 is already registered", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }
}
