using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>A company's page: details, accreditations, trainers and capacity per period, against stubbed Companies answers.</summary>
public sealed class CompanyPageTests : PortalTestContext
{
    private static readonly Guid Id = CoordinatorCompaniesTests.CompanyId;
    private static readonly Guid TrainerId = Guid.Parse("5eed0000-0000-0000-0000-000000001001");

    internal static readonly string Company = $$"""
        {"id":"{{Id}}","name":"Bakkerij De Korenaar","kvkNumber":"12345678","sbbId":null,"sector":"Retail","active":true,
         "contact":{"name":"Els Visser","email":"els@korenaar.nl","phone":null},
         "cooperation":{"contactFrequency":"every two weeks","whoToCall":null,"notes":"Short lines.","offers":["close-supervision"]},
         "locations":[{"id":"{{Guid.NewGuid()}}","street":"Oudegracht 1","postcode":"3511 AB","city":"Utrecht","latitude":52.0907,"longitude":5.1214,
                       "coordinatesSource":"given","coordinatesMissing":false}],
         "version":4}
        """;

    private const string Accreditation = """
        [{"crebo":"25662","routes":["bol"],"validFrom":"2024-01-01","validTo":"2028-07-31","current":true,"revokedOn":null,"revocationReason":null},
         {"crebo":"25645","routes":["bol","bbl"],"validFrom":"2020-01-01","validTo":null,"current":false,"revokedOn":"2025-03-04","revocationReason":"Geen praktijkopleider meer"}]
        """;

    private static readonly string Trainers = $$"""
        [{"id":"{{TrainerId}}","companyId":"{{Id}}","name":"Piet Bakker","email":"piet@korenaar.nl","phone":"06-12345678","crebos":["25662"],
          "maxStudents":2,"active":true,"erased":false}]
        """;

    private static readonly string Capacity = $$"""
        [{"periodId":"{{CoordinatorCompaniesTests.FirstPeriod}}","periodName":"2026-2027 BPV 1","periodStart":"2026-09-01","periodEnd":"2027-01-31","crebo":"25662","places":2}]
        """;

    private StubHttpClientFactory Api(params (string Call, HttpStatusCode Status, string Json)[] more)
    {
        var answers = new Dictionary<string, (HttpStatusCode, string)>
        {
            [$"GET /api/companies/{Id}"] = (HttpStatusCode.OK, Company),
            [$"GET /api/companies/{Id}/accreditations"] = (HttpStatusCode.OK, Accreditation),
            [$"GET /api/companies/{Id}/trainers"] = (HttpStatusCode.OK, Trainers),
            [$"GET /api/companies/{Id}/capacity"] = (HttpStatusCode.OK, Capacity),
            ["GET /api/periods"] = (HttpStatusCode.OK, CoordinatorCompaniesTests.Periods),
        };
        foreach (var (call, status, json) in more)
        {
            answers[call] = (status, json);
        }

        return UseApis(answers);
    }

    private IRenderedComponent<CompanyDetail> RenderPage()
    {
        var page = Render<CompanyDetail>(parameters => parameters.Add(p => p.Id, Id));
        page.WaitForAssertion(() => Assert.Equal("Bakkerij De Korenaar", page.Find("h1").TextContent));
        return page;
    }

    private static string Field(IRenderedComponent<CompanyDetail> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    private static JsonElement Body(StubHttpClientFactory stub, string call) =>
        JsonDocument.Parse(stub.Bodies.Single(b => b.Call == call).Body).RootElement;

    [Fact]
    public void The_page_shows_accreditations_with_their_validity_trainers_and_places_in_dutch()
    {
        Api();

        var page = RenderPage();

        Assert.Equal(["Gegevens en vestigingen", "Erkenningen", "Praktijkopleiders", "Plaatsen per periode"], page.FindAll("h2").Select(h => h.TextContent));
        var placements = page.Find("[data-testid=company-placements]");
        Assert.Equal("Stages bij dit leerbedrijf", placements.TextContent.Trim());
        Assert.Equal($"/coordinator/placements?companyId={Id}", placements.GetAttribute("href"));
        var current = page.Find("[data-testid=accreditation-25662]").TextContent;
        Assert.Contains("1 januari 2024 tot en met 31 juli 2028", current, StringComparison.Ordinal);
        Assert.Contains("Geldig", current, StringComparison.Ordinal);
        Assert.Contains("BOL (beroepsopleidend)", current, StringComparison.Ordinal);
        Assert.Contains("Ingetrokken op 4 maart 2025: Geen praktijkopleider meer", page.Find("[data-testid=accreditation-25645]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=withdraw-25645]"));
        Assert.Contains("Piet Bakker", page.Find("[data-testid=trainers]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 september 2026 – 31 januari 2027", page.Find("[data-testid=capacity]").TextContent, StringComparison.Ordinal);
        Assert.Equal("12345678", page.Find("input[data-testid=company-kvk]").GetAttribute("value"));
        Assert.NotNull(page.Find("input[data-testid=company-kvk]").GetAttribute("readonly"));
    }

    [Fact]
    public void Adding_an_accreditation_sends_crebo_routes_and_validity_and_shows_the_new_list()
    {
        var call = $"POST /api/companies/{Id}/accreditations";
        var stub = Api((call, HttpStatusCode.OK, """{"crebo":"25682","routes":["bol","bbl"],"validFrom":"2090-09-01","validTo":"2094-07-31","current":false,"revokedOn":null,"revocationReason":null}"""));
        var page = RenderPage();
        stub.SetAnswer($"GET /api/companies/{Id}/accreditations", HttpStatusCode.OK, Accreditation.Replace(
            "[{", """[{"crebo":"25682","routes":["bol","bbl"],"validFrom":"2090-09-01","validTo":"2094-07-31","current":false,"revokedOn":null,"revocationReason":null},{""", StringComparison.Ordinal));

        page.Find("input[data-testid=grant-crebo]").Change("25682");
        page.Find("input[data-testid=grant-from]").Change("2090-09-01");
        page.Find("input[data-testid=grant-to]").Change("2094-07-31");
        StaffAccountNewTests.RoleBox(page.Find("[data-testid=grant-bbl]")).Change(true);
        page.Find("form[data-testid=grant-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("crebo 25682 is opgeslagen", page.Find("[data-testid=accreditation-saved]").TextContent, StringComparison.Ordinal));
        var body = Body(stub, call);
        Assert.Equal("25682", body.GetProperty("crebo").GetString());
        Assert.Equal(["bol", "bbl"], body.GetProperty("routes").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("2090-09-01", body.GetProperty("validFrom").GetString());
        Assert.Equal("2094-07-31", body.GetProperty("validTo").GetString());
        Assert.Contains("1 september 2090 tot en met 31 juli 2094", page.Find("[data-testid=accreditation-25682]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Nog niet ingegaan", page.Find("[data-testid=accreditation-25682]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Accreditation_errors_stand_beside_their_fields()
    {
        Api(($"POST /api/companies/{Id}/accreditations", HttpStatusCode.BadRequest,
            """{"status":400,"errors":{"validTo":["An accreditation ends on or after the day it starts."]}}"""));
        var page = RenderPage();

        page.Find("input[data-testid=grant-crebo]").Change("25682");
        page.Find("form[data-testid=grant-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("De erkenning eindigt op of na de eerste dag.", Field(page, "grant-to"), StringComparison.Ordinal));
        Assert.DoesNotContain("ends on or after", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawing_an_accreditation_asks_a_reason_and_sends_it()
    {
        var call = $"DELETE /api/companies/{Id}/accreditations/25662?reason=Bedrijf%20gestopt";
        var stub = Api((call, HttpStatusCode.OK, """{"crebo":"25662","routes":["bol"],"validFrom":"2024-01-01","validTo":null,"current":false,"revokedOn":"2026-12-07","revocationReason":"Bedrijf gestopt"}"""));
        var page = RenderPage();

        page.Find("[data-testid=withdraw-25662]").Click();
        page.Find("textarea[data-testid=withdraw-reason]").Change("Bedrijf gestopt");
        page.Find("[data-testid=withdraw-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains(call, stub.Calls));
        page.WaitForAssertion(() => Assert.Contains("de plaatsen voor die crebo staan nu op 0", page.Find("[data-testid=accreditation-saved]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_trainer_sends_name_email_phone_and_crebos_and_says_how_they_sign_in()
    {
        var call = $"POST /api/companies/{Id}/trainers";
        var stub = Api((call, HttpStatusCode.Created, $$"""
            {"id":"{{Guid.NewGuid()}}","companyId":"{{Id}}","name":"Anna de Vries","email":"anna@korenaar.nl","phone":"030-7654321","crebos":["25662"],
             "maxStudents":3,"active":true,"erased":false}
            """));
        var page = RenderPage();

        Assert.Contains("uitnodiging om een wachtwoord te kiezen", page.Find("form[data-testid=trainer-form]").ParentElement!.TextContent, StringComparison.Ordinal);
        page.Find("input[data-testid=trainer-name]").Change("Anna de Vries");
        page.Find("input[data-testid=trainer-email]").Change("anna@korenaar.nl");
        page.Find("input[data-testid=trainer-phone]").Change("030-7654321");
        page.Find("input[data-testid=trainer-max]").Change("3");
        StaffAccountNewTests.RoleBox(page.Find("[data-testid=trainer-crebo-25662]")).Change(true);
        page.Find("form[data-testid=trainer-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "Anna de Vries is ingeschreven. Er gaat een uitnodiging naar anna@korenaar.nl", page.Find("[data-testid=trainer-saved]").TextContent, StringComparison.Ordinal));
        var body = Body(stub, call);
        Assert.Equal("Anna de Vries", body.GetProperty("name").GetString());
        Assert.Equal("anna@korenaar.nl", body.GetProperty("email").GetString());
        Assert.Equal("030-7654321", body.GetProperty("phone").GetString());
        Assert.Equal(["25662"], body.GetProperty("crebos").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(3, body.GetProperty("maxStudents").GetInt32());
        Assert.True(body.GetProperty("active").GetBoolean());
    }

    [Fact]
    public void A_trainer_email_in_use_stands_beside_the_email_field()
    {
        Api(($"POST /api/companies/{Id}/trainers", HttpStatusCode.Conflict, """{"status":409,"rule":"trainer-email-taken"}"""));
        var page = RenderPage();

        page.Find("input[data-testid=trainer-email]").Change("piet@korenaar.nl");
        page.Find("form[data-testid=trainer-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "Een andere praktijkopleider van dit bedrijf gebruikt dit e-mailadres al.", Field(page, "trainer-email"), StringComparison.Ordinal));
    }

    [Fact]
    public void Deactivating_a_trainer_keeps_their_details_and_sends_active_false()
    {
        var call = $"PUT /api/companies/{Id}/trainers/{TrainerId}";
        var stub = Api((call, HttpStatusCode.OK, Trainers.Trim()[1..^1].Replace("\"active\":true", "\"active\":false", StringComparison.Ordinal)));
        var page = RenderPage();

        page.Find("[data-testid=trainer-toggle]").Click();

        page.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == call));
        var body = Body(stub, call);
        Assert.False(body.GetProperty("active").GetBoolean());
        Assert.Equal("piet@korenaar.nl", body.GetProperty("email").GetString());
        Assert.Equal(["25662"], body.GetProperty("crebos").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Publishing_capacity_sends_the_period_chosen_from_the_list_with_its_dates()
    {
        var call = $"PUT /api/companies/{Id}/capacity";
        var stub = Api((call, HttpStatusCode.OK, Capacity));
        var page = RenderPage();

        Assert.Equal(
            ["2026-2027 BPV 1 (1 september 2026 – 31 januari 2027)", "2026-2027 BPV 2 (1 februari 2027 – 30 juni 2027)"],
            page.FindAll("select[data-testid=capacity-period] option").Select(o => o.TextContent));
        Assert.Equal(["25662"], page.FindAll("select[data-testid=capacity-crebo] option").Select(o => o.TextContent));
        page.Find("select[data-testid=capacity-period]").Change(CoordinatorCompaniesTests.SecondPeriod.ToString());
        page.Find("input[data-testid=capacity-places]").Change("4");
        page.Find("form[data-testid=capacity-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "4 plaatsen voor crebo 25662 in 2026-2027 BPV 2 gepubliceerd.", page.Find("[data-testid=capacity-saved]").TextContent, StringComparison.Ordinal));
        var item = Assert.Single(Body(stub, call).EnumerateArray());
        Assert.Equal("2026-2027 BPV 2", item.GetProperty("periodName").GetString());
        Assert.Equal("2027-02-01", item.GetProperty("periodStart").GetString());
        Assert.Equal("2027-06-30", item.GetProperty("periodEnd").GetString());
        Assert.Equal("25662", item.GetProperty("crebo").GetString());
        Assert.Equal(4, item.GetProperty("places").GetInt32());
    }

    [Fact]
    public void Places_without_an_accreditation_in_the_period_are_explained_beside_the_crebo()
    {
        Api(($"PUT /api/companies/{Id}/capacity", HttpStatusCode.Conflict, """{"status":409,"rule":"places-need-accreditation"}"""));
        var page = RenderPage();

        page.Find("form[data-testid=capacity-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "geen erkenning voor deze kwalificatie", page.Find("[data-testid=error-capacity-crebo]").TextContent, StringComparison.Ordinal));
        Assert.Equal("error-capacity-crebo", page.Find("select[data-testid=capacity-crebo]").GetAttribute("aria-describedby"));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_new_period_is_declared_and_then_chosen_for_places_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var third = Guid.NewGuid();
        var stub = Api(("POST /api/periods", HttpStatusCode.Created, $$"""{"id":"{{third}}","name":"2027-2028 BPV 1","start":"2027-09-01","end":"2028-01-31","ended":false}"""));
        var page = RenderPage();
        stub.SetAnswer("GET /api/periods", HttpStatusCode.OK, CoordinatorCompaniesTests.Periods.TrimEnd().TrimEnd(']') +
            $$""",{"id":"{{third}}","name":"2027-2028 BPV 1","start":"2027-09-01","end":"2028-01-31","ended":false}]""");

        page.Find("input[data-testid=period-name]").Change("2027-2028 BPV 1");
        page.Find("input[data-testid=period-start]").Change("2027-09-01");
        page.Find("input[data-testid=period-end]").Change("2028-01-31");
        page.Find("form[data-testid=period-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Period 2027-2028 BPV 1 added", page.Find("[data-testid=capacity-saved]").TextContent, StringComparison.Ordinal));
        var body = Body(stub, "POST /api/periods");
        Assert.Equal(("2027-2028 BPV 1", "2027-09-01", "2028-01-31"),
            (body.GetProperty("name").GetString(), body.GetProperty("start").GetString(), body.GetProperty("end").GetString()));
        page.WaitForAssertion(() => Assert.Equal(third.ToString(), page.Find("select[data-testid=capacity-period]").GetAttribute("value")));
        Assert.Contains("2027-2028 BPV 1 (1 September 2027 – 31 January 2028)", page.Find("select[data-testid=capacity-period]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Accreditations", page.FindAll("h2")[1].TextContent);
    }

    [Fact]
    public void Editing_keeps_given_coordinates_while_the_postcode_stays_and_sends_the_cooperation_back()
    {
        var call = $"PUT /api/companies/{Id}";
        var stub = Api((call, HttpStatusCode.OK, Company));
        var page = RenderPage();

        page.Find("input[data-testid=company-sector]").Change("Bakkerij");
        page.Find("form[data-testid=company-form]").Submit();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=details-saved]")));
        var body = Body(stub, call);
        Assert.Equal("Bakkerij", body.GetProperty("sector").GetString());
        Assert.Equal("12345678", body.GetProperty("kvkNumber").GetString());
        var location = Assert.Single(body.GetProperty("locations").EnumerateArray());
        Assert.Equal(52.0907, location.GetProperty("latitude").GetDouble());
        Assert.Equal(["close-supervision"], body.GetProperty("cooperation").GetProperty("offers").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public void A_refusal_to_load_the_company_is_a_sentence_not_a_page_of_errors()
    {
        UseApis(new() { [$"GET /api/companies/{Id}"] = (HttpStatusCode.Forbidden, "") });

        var page = Render<CompanyDetail>(parameters => parameters.Add(p => p.Id, Id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=problem]")));
        Assert.Empty(page.FindAll("form"));
    }
}
