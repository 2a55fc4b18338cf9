using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The coordinator's placements (issue #24): the list paged with its total, a direct placement, the placement's steps.</summary>
public sealed class CoordinatorPlacementPagesTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("77777777-7777-7777-7777-777777777777");
    private static readonly Guid StudentId = Guid.Parse("88888888-8888-8888-8888-888888888888");
    private static readonly Guid CompanyId = Guid.Parse("99999999-9999-9999-9999-999999999999");
    private static readonly Guid PeriodId = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    private static readonly Guid TeacherStaffId = Guid.Parse("5eed0000-0000-0000-0000-00000000a101");

    private static string Placement(string status = "agreementSigned", string transitions = "\"start\",\"end-early\"", string risks = "") => $$"""
        {"id":"{{PlacementId}}","studentId":"{{StudentId}}","studentName":"Sem de Jong","studentNumber":"S1002","companyId":"{{CompanyId}}",
         "companyName":"Bakkerij Brood","locationId":"{{Guid.NewGuid()}}","trainerId":null,"teacherStaffId":"{{TeacherStaffId}}","crebo":"25662","route":"bol",
         "periodId":"{{PeriodId}}","startDate":"2026-09-01","endDate":"2027-01-31","plannedHours":400,"approvedHours":12,"status":"{{status}}",
         "risks":[{{risks}}],"startedOn":null,"endedOn":null,"endReason":null,"endedByRole":null,"allowedTransitions":[{{transitions}}]}
        """;

    private static string Page(int total, params string[] rows) => $$"""{"items":[{{string.Join(",", rows)}}],"total":{{total}}}""";

    private StubHttpClientFactory Api(Dictionary<string, (HttpStatusCode Status, string Json)> answers)
    {
        var stub = UseApis(answers);
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");
        return stub;
    }

    [Fact]
    public void The_placements_list_pages_through_ten_thousand_with_the_total_and_filters_in_the_api()
    {
        var stub = Api(new()
        {
            ["GET /api/placements?page=1&pageSize=25"] = (HttpStatusCode.OK, Page(10_000, Placement(risks: "\"noRecentContact\""))),
            ["GET /api/placements?page=400&pageSize=25"] = (HttpStatusCode.OK, Page(10_000, Placement())),
            ["GET /api/placements?page=1&pageSize=25&status=active"] = (HttpStatusCode.OK, Page(4_000, Placement("active"))),
            ["GET /api/placements?page=1&pageSize=25&status=active&atRisk=true"] = (HttpStatusCode.OK, Page(12, Placement("active"))),
            ["GET /api/placements?page=1&pageSize=25&status=active&atRisk=true&search=S1002"] = (HttpStatusCode.OK, Page(1, Placement("active"))),
        });

        var page = Render<Placements>();

        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 10.000 · pagina 1 van 400", page.Find("[data-testid=placements-count]").TextContent.Trim()));
        var row = page.Find("[data-testid=placements]").TextContent;
        Assert.Contains("S1002", row, StringComparison.Ordinal);
        Assert.Contains("1 september 2026", row, StringComparison.Ordinal);
        Assert.Contains("Geen recent contact", row, StringComparison.Ordinal);
        Assert.Contains("Overeenkomst getekend", row, StringComparison.Ordinal);
        Assert.Equal($"/coordinator/placements/{PlacementId}", page.Find("[data-testid=placement-link]").GetAttribute("href"));

        page.InvokeAsync(() => page.FindComponent<MudPagination>().Instance.SelectedChanged.InvokeAsync(400));
        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 10.000 · pagina 400 van 400", page.Find("[data-testid=placements-count]").TextContent.Trim()));

        page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("active"));
        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 4.000 · pagina 1 van 160", page.Find("[data-testid=placements-count]").TextContent.Trim()));
        page.InvokeAsync(() => page.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));
        page.WaitForAssertion(() => Assert.Contains("GET /api/placements?page=1&pageSize=25&status=active&atRisk=true", stub.Calls));
        page.Find("input[data-testid=placements-search]").Change("S1002");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 1 · pagina 1 van 1", page.Find("[data-testid=placements-count]").TextContent.Trim()));
    }

    [Fact]
    public void The_list_filters_by_period_mentor_and_teacher_and_opens_on_one_company_from_its_page()
    {
        var mentorId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");
        var stub = Api(new()
        {
            [$"GET /api/placements?page=1&pageSize=25&companyId={CompanyId}"] = (HttpStatusCode.OK, Page(3, Placement())),
            [$"GET /api/placements?page=1&pageSize=25&periodId={PeriodId}&companyId={CompanyId}"] = (HttpStatusCode.OK, Page(2, Placement())),
            [$"GET /api/placements?page=1&pageSize=25&periodId={PeriodId}&companyId={CompanyId}&mentorStaffId={mentorId}"] = (HttpStatusCode.OK, Page(2, Placement())),
            [$"GET /api/placements?page=1&pageSize=25&periodId={PeriodId}&companyId={CompanyId}&mentorStaffId={mentorId}&teacherStaffId={TeacherStaffId}"] = (HttpStatusCode.OK, Page(1, Placement())),
            [$"GET /api/placements?page=1&pageSize=25&periodId={PeriodId}&mentorStaffId={mentorId}&teacherStaffId={TeacherStaffId}"] = (HttpStatusCode.OK, Page(7, Placement())),
            ["GET /api/periods?includeEnded=true"] = (HttpStatusCode.OK, $$"""[{"id":"{{PeriodId}}","name":"2026-2027 periode 1","start":"2026-09-01","end":"2027-01-31","ended":false}]"""),
            ["GET /api/mentors?pageSize=200"] = (HttpStatusCode.OK, $$"""{"items":[{"staffId":"{{mentorId}}","displayName":"Mehmet Mentor","students":30}],"total":1}"""),
            ["GET /api/users?staff=true&page=1&pageSize=200&role=teacher"] = (HttpStatusCode.OK, $$"""
                {"items":[{"id":"{{Guid.NewGuid()}}","email":"teacher@demo","displayName":"Tamara Docent","roles":["teacher"],"studentId":null,"staffId":"{{TeacherStaffId}}",
                  "companyIds":[],"active":true,"lockedOut":false,"employeeNumber":null,"language":"nl","invitationPending":false}],"page":1,"pageSize":200,"total":1}
                """),
            [$"GET /api/companies/{CompanyId}"] = (HttpStatusCode.OK, $$"""
                {"id":"{{CompanyId}}","name":"Bakkerij Brood","kvkNumber":"12345678","sbbId":null,"sector":null,"active":true,
                 "contact":{"name":null,"email":null,"phone":null},"cooperation":{"since":null,"notes":null},"locations":[],"version":1}
                """),
        });
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/coordinator/placements?companyId={CompanyId}");

        var page = Render<Placements>();

        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 3 · pagina 1 van 1", page.Find("[data-testid=placements-count]").TextContent.Trim()));
        page.WaitForAssertion(() => Assert.Contains("Leerbedrijf: Bakkerij Brood", page.Find("[data-testid=placements-company]").TextContent, StringComparison.Ordinal));
        var selects = page.FindComponents<MudSelect<Guid?>>();
        Assert.Equal(3, selects.Count);
        page.WaitForAssertion(() => Assert.Contains("GET /api/users?staff=true&page=1&pageSize=200&role=teacher", stub.Calls));

        page.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync(PeriodId));
        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 2 · pagina 1 van 1", page.Find("[data-testid=placements-count]").TextContent.Trim()));
        page.InvokeAsync(() => selects[1].Instance.ValueChanged.InvokeAsync(mentorId));
        page.WaitForAssertion(() => Assert.Contains($"GET /api/placements?page=1&pageSize=25&periodId={PeriodId}&companyId={CompanyId}&mentorStaffId={mentorId}", stub.Calls));
        page.InvokeAsync(() => selects[2].Instance.ValueChanged.InvokeAsync(TeacherStaffId));
        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 1 · pagina 1 van 1", page.Find("[data-testid=placements-count]").TextContent.Trim()));

        // "All companies" keeps the other filters.
        page.Find("[data-testid=placements-all-companies]").Click();
        page.WaitForAssertion(() => Assert.Equal("Gevonden stages: 7 · pagina 1 van 1", page.Find("[data-testid=placements-count]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=placements-company]"));
        Assert.EndsWith("/coordinator/placements", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_speaks_english_with_english_numbers_and_dates()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api(new() { ["GET /api/placements?page=1&pageSize=25"] = (HttpStatusCode.OK, Page(2_150, Placement())) });

        var page = Render<Placements>();

        page.WaitForAssertion(() => Assert.Equal("Placements found: 2,150 · page 1 of 86", page.Find("[data-testid=placements-count]").TextContent.Trim()));
        Assert.Contains("1 September 2026", page.Find("[data-testid=placements]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_client_reads_every_page_so_other_pages_never_stop_at_the_first()
    {
        Api(new()
        {
            ["GET /api/placements?status=active"] = (HttpStatusCode.OK, Page(5, Placement(), Placement())),
            ["GET /api/placements?status=active&page=2&pageSize=2"] = (HttpStatusCode.OK, Page(5, Placement(), Placement())),
            ["GET /api/placements?status=active&page=3&pageSize=2"] = (HttpStatusCode.OK, Page(5, Placement())),
        });

        var all = await Services.GetRequiredService<InternshipsApi>().PlacementsAsync("status=active");

        Assert.Equal(5, all.Value!.Count);
    }

    [Fact]
    public void A_direct_placement_picks_student_and_company_as_you_type_and_a_refusal_is_a_dutch_sentence()
    {
        var stub = Api(new()
        {
            ["GET /api/students?pageSize=10&text=sem"] = (HttpStatusCode.OK, $$"""
                {"items":[{"id":"{{StudentId}}","studentNumber":"S1002","firstName":"Sem","lastName":"de Jong","cohort":"2025","status":"active","crebo":"25662",
                  "qualificationName":"Verkoopmedewerker","level":2,"mentorStaffId":null,"intakeComplete":true}],"total":1}
                """),
            ["GET /api/companies?active=true&page=1&pageSize=10&text=bakker"] = (HttpStatusCode.OK, $$"""
                {"items":[{"id":"{{CompanyId}}","name":"Bakkerij Brood","kvkNumber":"12345678","sector":"Retail","active":true,"city":"Utrecht","postcode":"3511 AB","distanceKm":null}],"total":1}
                """),
            [$"GET /api/companies/{CompanyId}/capacity"] = (HttpStatusCode.OK, $$"""
                [{"periodId":"{{Guid.NewGuid()}}","periodName":"2026-2027 BPV 1","periodStart":"2026-09-01","periodEnd":"2027-01-31","crebo":"25168","places":1},
                 {"periodId":"{{PeriodId}}","periodName":"2026-2027 BPV 1","periodStart":"2026-09-01","periodEnd":"2027-01-31","crebo":"25662","places":2}]
                """),
            ["POST /api/placements"] = (HttpStatusCode.Conflict, """{"status":409,"title":"Conflict","detail":"The company has no free place.","rule":"no-capacity"}"""),
        });

        var page = Render<PlacementNew>();
        page.Find("input[data-testid=student-search]").Input("sem");
        page.WaitForAssertion(() => Assert.Contains("S1002", page.Find("[data-testid=student-option]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=student-option] button").Click();
        page.WaitForAssertion(() => Assert.Contains("Sem de Jong (S1002)", page.Find("[data-testid=chosen-student]").TextContent, StringComparison.Ordinal));
        page.Find("input[data-testid=company-search]").Input("bakker");
        page.WaitForAssertion(() => Assert.Contains("Bakkerij Brood", page.Find("[data-testid=company-option]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=company-option] button").Click();
        page.WaitForAssertion(() => Assert.Contains($"GET /api/companies/{CompanyId}/capacity", stub.Calls));
        page.WaitForAssertion(() => Assert.False(page.Find("button[data-testid=place-student]").HasAttribute("disabled")));

        page.Find("button[data-testid=place-student]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Het bedrijf heeft in deze periode geen vrije plaats voor deze opleiding.", page.Find("[data-testid=problem]").TextContent.Trim()));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == "POST /api/placements").Body);
        Assert.Equal(StudentId, body.RootElement.GetProperty("studentId").GetGuid());
        Assert.Equal(CompanyId, body.RootElement.GetProperty("companyId").GetGuid());
        Assert.Equal(PeriodId, body.RootElement.GetProperty("periodId").GetGuid());
        Assert.Equal("25662", body.RootElement.GetProperty("crebo").GetString());
        Assert.Equal(400, body.RootElement.GetProperty("plannedHours").GetInt32());

        stub.SetAnswer("POST /api/placements", HttpStatusCode.BadRequest, """{"status":400,"errors":{"endDate":["The end lies after the start."]}}""");
        page.Find("button[data-testid=place-student]").Click();
        page.WaitForAssertion(() => Assert.Contains(
            "De einddatum ligt na de begindatum en hoogstens zes maanden na de periode.", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("The end lies", page.Markup, StringComparison.Ordinal);

        stub.SetAnswer("POST /api/placements", HttpStatusCode.Created, Placement("proposed", "\"sign\",\"end-early\""));
        page.Find("button[data-testid=place-student]").Click();
        page.WaitForAssertion(() => Assert.EndsWith($"/coordinator/placements/{PlacementId}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Starting_without_all_signatures_says_who_still_has_to_sign_and_the_teacher_is_set_from_the_staff_list()
    {
        var teacher = Guid.NewGuid();
        var stub = Api(new()
        {
            [$"GET /api/placements/{PlacementId}"] = (HttpStatusCode.OK, Placement()),
            [$"GET /api/staff?ids={TeacherStaffId}"] = (HttpStatusCode.OK, $$"""[{"staffId":"{{TeacherStaffId}}","displayName":"Tessa Docent"}]"""),
            [$"POST /api/placements/{PlacementId}/start"] = (HttpStatusCode.Conflict,
                """{"status":409,"title":"Conflict","rule":"transition-not-allowed","state":"proposed","allowedTransitions":["sign","end-early"]}"""),
            [$"GET /api/placements/{PlacementId}/agreement"] = (HttpStatusCode.OK,
                $$"""{"placementId":"{{PlacementId}}","status":"proposed","studentIsMinor":true,"signatures":[],"missing":["school","company"]}"""),
            ["GET /api/users?staff=true&page=1&pageSize=10&search=jan&role=teacher"] = (HttpStatusCode.OK, $$"""
                {"items":[{"id":"{{Guid.NewGuid()}}","email":"jan@school.nl","displayName":"Jan Janssen","roles":["teacher"],"studentId":null,"staffId":"{{teacher}}",
                  "companyIds":[],"active":true,"lockedOut":false,"employeeNumber":null,"language":"nl","invitationPending":false}],"page":1,"pageSize":10,"total":1}
                """),
            [$"PUT /api/placements/{PlacementId}/teacher"] = (HttpStatusCode.OK, Placement()),
        });

        var page = Render<PlacementDetail>(p => p.Add(x => x.Id, PlacementId));
        page.WaitForAssertion(() => Assert.Equal("Sem de Jong bij Bakkerij Brood", page.Find("[data-testid=placement-heading]").TextContent.Trim()));
        page.WaitForAssertion(() => Assert.Equal("Tessa Docent", page.Find("[data-testid=current-teacher]").TextContent.Trim()));
        Assert.Contains("1 september 2026 – 31 januari 2027", page.Find("[data-testid=placement-facts]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=complete]"));

        // The agreement card and the staff names render on their own; a click that lands between two renders names a
        // handler that is already gone (it failed so in CI) and did nothing, so it is tried again.
        page.WaitForAssertion(() => page.Find("button[data-testid=start]").Click());

        page.WaitForAssertion(() => Assert.Equal("Nog niet ondertekend door: school, leerbedrijf.", page.Find("[data-testid=missing-signatures]").TextContent.Trim()));
        Assert.NotEmpty(page.Find("[data-testid=problem]").TextContent.Trim());

        page.WaitForAssertion(() => page.Find("input[data-testid=teacher-search]").Input("jan"));
        page.WaitForAssertion(() => Assert.Contains("Jan Janssen", page.Find("[data-testid=teacher-option]").TextContent, StringComparison.Ordinal));
        page.WaitForAssertion(() => page.Find("[data-testid=teacher-option] button").Click());
        page.WaitForAssertion(() => Assert.Equal("De docent is ingesteld.", page.Find("[data-testid=step-done]").TextContent.Trim()));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == $"PUT /api/placements/{PlacementId}/teacher").Body);
        Assert.Equal(teacher, body.RootElement.GetProperty("teacherStaffId").GetGuid());
    }

    [Fact]
    public void Ending_early_needs_a_reason_shown_beside_its_field_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var stub = Api(new()
        {
            [$"GET /api/placements/{PlacementId}"] = (HttpStatusCode.OK, Placement("active", "\"complete\",\"end-early\"")),
            [$"GET /api/staff?ids={TeacherStaffId}"] = (HttpStatusCode.OK, "[]"),
            [$"POST /api/placements/{PlacementId}/end-early"] = (HttpStatusCode.BadRequest, """{"status":400,"errors":{"reason":["One of PoorFitWithTrade, …"]}}"""),
        });

        var page = Render<PlacementDetail>(p => p.Add(x => x.Id, PlacementId));
        page.WaitForElement("button[data-testid=end-early]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give a reason.", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("One of", page.Markup, StringComparison.Ordinal);

        stub.SetAnswer($"POST /api/placements/{PlacementId}/end-early", HttpStatusCode.OK,
            Placement("endedEarly", "").Replace("\"endReason\":null", "\"endReason\":\"poorFitWithTrade\"", StringComparison.Ordinal)
                .Replace("\"endedByRole\":null", "\"endedByRole\":\"student\"", StringComparison.Ordinal));
        var selects = page.FindComponents<MudSelect<string>>();
        page.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync("poorFitWithTrade"));
        page.InvokeAsync(() => selects[1].Instance.ValueChanged.InvokeAsync("student"));
        page.Find("button[data-testid=end-early]").Click();

        page.WaitForAssertion(() => Assert.Equal("Poor fit with the trade (the student)", page.Find("[data-testid=end-reason]").TextContent.Trim()));
        Assert.Equal("This placement is closed; there are no more steps.", page.Find("[data-testid=no-steps]").TextContent.Trim());
        using var body = JsonDocument.Parse(stub.Bodies.Last(b => b.Call == $"POST /api/placements/{PlacementId}/end-early").Body);
        Assert.Equal("poorFitWithTrade", body.RootElement.GetProperty("reason").GetString());
        Assert.Equal("student", body.RootElement.GetProperty("endedByRole").GetString());
    }
}
