using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Components.Pages.Insights;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// /inzicht: the team dashboard's five sections, each a chart with its figures in words and a table under it, the
/// privacy minimum said in words, filters in the address, a refused filter beside its field, and who may see it.
/// </summary>
public sealed class DashboardTests : PortalTestContext
{
    private static readonly Guid PeriodId = Guid.Parse("99999999-9999-9999-9999-999999999999");
    private static readonly Guid CompanyId = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");

    private const string Filters = """
        {"programmes":[{"crebo":"25655","name":"Medewerker bakkerij","level":2},{"crebo":"25180","name":"Verkoopmedewerker","level":2}],
         "cohorts":["2024","2025"],
         "periods":[{"id":"99999999-9999-9999-9999-999999999999","name":"Stage voorjaar 2026","start":"2026-02-01","end":"2026-06-30"}]}
        """;

    private const string EarlyLeaving = """
        {"suppressed":false,"minimum":5,"students":120,
         "placements":{"started":80,"endedEarly":12,"byMonth":[{"month":0,"count":6},{"month":1,"count":null},{"month":2,"count":5}],
                       "byReason":[{"reason":"poorFitWithTrade","count":7},{"reason":"other","count":5}]},
         "enrolments":{"enrolled":120,"leftEarly":9,"byMonth":[{"month":0,"count":9}],"byReason":[{"reason":"work","count":9}]}}
        """;

    private static string Companies(bool suppressedScore = false) => $$"""
        {"suppressed":false,"minimum":5,"total":60,"page":1,"pageSize":25,"programmeAverage":3.84,"programmeResponses":140,
         "items":[{"companyId":"{{CompanyId}}","name":"Bakkerij De Korenbloem","started":9,"completed":5,"endedEarly":3,"endedEarlyFirstThreeMonths":2,
                   "averageScore":{{(suppressedScore ? "null" : "2.75")}},"responses":{{(suppressedScore ? 3 : 7)}},"scoresSuppressed":{{(suppressedScore ? "true" : "false")}},
                   "flags":["earlyEndings","lowScores"]},
                  {"companyId":"bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb","name":"Garage Jansen","started":4,"completed":4,"endedEarly":0,"endedEarlyFirstThreeMonths":0,
                   "averageScore":4.1,"responses":6,"scoresSuppressed":false,"flags":[]}]}
        """;

    private const string Signals = """
        {"suppressed":false,"minimum":5,"students":40,"total":64,"resolvedShare":0.75,"medianHoursToFirstResponse":5.5,
         "byRule":[{"rule":"hoursBehindPlan","count":30,"urgent":4,"resolvedShare":0.8,"medianHoursToFirstResponse":6.5},
                   {"rule":"manual","count":null,"urgent":null,"resolvedShare":null,"medianHoursToFirstResponse":null}]}
        """;

    private const string Assessments = """
        {"suppressed":false,"minimum":5,"studentsAssessed":50,"studentsWithDiscrepancy":11,"discrepancyShare":0.22,
         "criteria":[{"criterionKey":"punctuality","points":[
            {"quarter":"2026-Q1","averageLevel":2.4,"assessments":30,"school":2.6,"workplace":2.2},
            {"quarter":"2026-Q2","averageLevel":2.8,"assessments":28,"school":2.9,"workplace":null}]}]}
        """;

    private const string Progression = """
        {"suppressed":false,"minimum":5,"studentsWithIntake":70,
         "wishes":[{"wish":"level3","students":30,"followedUp":20,"goalMet":8,"outcomes":{"stillEnrolled":18,"graduated":6,"movedUp":4,"leftEarly":2}}]}
        """;

    private const string Suppressed = """{"suppressed":true,"minimum":5}""";

    private const string Framework = """
        {"frameworkId":"cccccccc-cccc-cccc-cccc-cccccccccccc","key":"attitude","version":1,"name":"Houding",
         "criteria":[{"key":"punctuality","name":"Op tijd komen","description":null,"descriptors":null}]}
        """;

    private static Dictionary<string, (HttpStatusCode, string)> Answers(string query = "", bool suppressed = false)
    {
        var q = query.Length == 0 ? "" : "?" + query;
        var and = query.Length == 0 ? "" : query + "&";
        return new()
        {
            ["GET /api/insights/filters"] = (HttpStatusCode.OK, Filters),
            [$"GET /api/insights/early-leaving{q}"] = (HttpStatusCode.OK, suppressed ? Suppressed : EarlyLeaving),
            [$"GET /api/insights/companies?{and}page=1&pageSize=25&flaggedOnly=false&sort=name"] = (HttpStatusCode.OK, Companies(suppressed)),
            [$"GET /api/insights/signals{q}"] = (HttpStatusCode.OK, suppressed ? Suppressed : Signals),
            [$"GET /api/insights/assessments{q}"] = (HttpStatusCode.OK, suppressed ? Suppressed : Assessments),
            [$"GET /api/insights/progression{q}"] = (HttpStatusCode.OK, suppressed ? Suppressed : Progression),
            ["GET /api/frameworks/current"] = (HttpStatusCode.OK, Framework),
            ["GET /api/frameworks/current?crebo=25655"] = (HttpStatusCode.OK, Framework),
        };
    }

    private StubHttpClientFactory Api(Dictionary<string, (HttpStatusCode, string)> answers, string role = "coordinator")
    {
        var stub = UseApis(answers);
        AddAuthorization().SetAuthorized($"{role}@demo").SetRoles(role);
        return stub;
    }

    /// <summary>The page at /inzicht?<paramref name="query"/>, as a link or the filters' own navigation opens it.</summary>
    private IRenderedComponent<Dashboard> RenderAt(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/inzicht?{query}");
        return Render<Dashboard>();
    }

    private static void InEnglish() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");

    [Fact]
    public void The_coordinator_sees_five_sections_each_with_a_chart_a_table_and_a_CSV_download()
    {
        Api(Answers());
        var page = Render<Dashboard>();

        page.WaitForElement("[data-testid=section-progression] table");
        foreach (var section in new[] { "early-leaving", "companies", "signals", "assessments", "progression" })
        {
            var element = page.Find($"[data-testid=section-{section}]");
            Assert.Equal("h2", element.QuerySelector("h2")!.TagName.ToLowerInvariant());
            Assert.NotNull(element.QuerySelector("table caption"));
            Assert.NotNull(element.QuerySelector(".hbar-chart, svg.trend-chart"));
            Assert.Equal($"/inzicht/export/{section}", element.QuerySelector($"[data-testid=export-{section}]")!.GetAttribute("href"));
        }

        Assert.Contains("12 van de 80 stages eindigden voortijdig (15%).", page.Find("[data-testid=early-leaving-summary]").TextContent);
        // A month under the minimum says so rather than showing a number.
        Assert.Contains("minder dan 5", page.Find("[data-testid=early-leaving-months]").TextContent);
        Assert.Contains("Past niet bij het vak", page.Find("[data-testid=placement-reasons]").TextContent);
        Assert.Contains("Aan het werk", page.Find("[data-testid=enrolment-reasons]").TextContent);
        Assert.Contains("Gemiddelde enquêtescore van de opleiding: 3,8 (uit 140 enquêtes).", page.Find("[data-testid=programme-average]").TextContent);
        Assert.Contains("64 signalen over 40 studenten; 75% is opgelost.", page.Find("[data-testid=signals-summary]").TextContent);
        Assert.Contains("5,5 uur", page.Find("[data-testid=signals-summary]").TextContent);
        Assert.Contains("Uren achter op plan", page.Find("[data-testid=signals-table]").TextContent);
        Assert.Contains("Bij 11 van de 50 beoordeelde studenten (22%)", page.Find("[data-testid=assessments-summary]").TextContent);
        Assert.Equal("Op tijd komen", page.Find("[data-testid=criterion-punctuality] h3").TextContent);
        Assert.Contains("1e kwartaal 2026", page.Find("[data-testid=criterion-table-punctuality]").TextContent);
        Assert.Contains("2,6", page.Find("[data-testid=criterion-table-punctuality]").TextContent);
        Assert.Contains("Doorstromen naar niveau 3", page.Find("[data-testid=progression-table]").TextContent);
        // No resource key anywhere on the page.
        Assert.DoesNotContain("Insights.", page.Markup);
    }

    [Fact]
    public void The_trend_tells_school_and_workplace_apart_by_line_and_marker_not_only_by_colour()
    {
        Api(Answers());
        var page = Render<Dashboard>();

        var chart = page.WaitForElement("[data-testid=criterion-punctuality] svg.trend-chart");
        // School: circles, a solid line; workplace: squares; each named in the chart itself.
        Assert.Equal(2, chart.QuerySelectorAll("circle").Length);
        Assert.Single(chart.QuerySelectorAll("rect"));
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == "School");
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == "Werkplek");
        Assert.Equal("true", chart.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Companies_show_their_flags_in_words_beside_the_programme_average_and_link_to_their_results()
    {
        Api(Answers());
        var page = Render<Dashboard>();

        page.WaitForElement("[data-testid=companies-table]");
        var rows = page.FindAll("[data-testid=company-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Twee of meer stages binnen een jaar voortijdig beëindigd; Lage enquêtescores", rows[0].QuerySelector("[data-testid=company-flags]")!.TextContent);
        Assert.Equal("2,8 uit 7 enquêtes (opleiding 3,8)", rows[0].QuerySelector("[data-testid=company-score]")!.TextContent);
        Assert.Equal($"/inzicht/bedrijven/{CompanyId}", rows[0].QuerySelector("[data-testid=company-link]")!.GetAttribute("href"));
        Assert.Equal("Nee", rows[1].QuerySelector("[data-testid=company-flags]")!.TextContent);
        Assert.Contains("Pagina 1 van 3", page.Find("[data-testid=section-companies]").TextContent);
    }

    [Fact]
    public void Paging_and_only_flagged_companies_ask_Insights_again()
    {
        var answers = Answers();
        answers["GET /api/insights/companies?page=2&pageSize=25&flaggedOnly=false&sort=name"] = (HttpStatusCode.OK, Companies());
        answers["GET /api/insights/companies?page=1&pageSize=25&flaggedOnly=true&sort=name"] = (HttpStatusCode.OK, Companies());
        var stub = Api(answers);
        var page = Render<Dashboard>();

        page.WaitForElement("[data-testid=companies-next]").Click();
        page.WaitForAssertion(() => Assert.Contains("GET /api/insights/companies?page=2&pageSize=25&flaggedOnly=false&sort=name", stub.Calls));
        page.Find("input[data-testid=flagged-only]").Change(true);
        page.WaitForAssertion(() => Assert.Contains("GET /api/insights/companies?page=1&pageSize=25&flaggedOnly=true&sort=name", stub.Calls));
    }

    [Theory]
    [InlineData("nl", "Te weinig studenten (minder dan 5) om dit te tonen; zo blijft niemand herkenbaar.", "te weinig antwoorden (3)")]
    [InlineData("en", "Too few students (fewer than 5) to show this; this keeps everyone unrecognisable.", "too few answers (3)")]
    public void Sections_under_the_minimum_say_why_in_words_instead_of_figures(string language, string sentence, string companyScore)
    {
        if (language == "en")
        {
            InEnglish();
        }

        Api(Answers(suppressed: true));
        var page = Render<Dashboard>();

        page.WaitForElement("[data-testid=section-progression] [data-testid=suppressed]");
        foreach (var section in new[] { "early-leaving", "signals", "assessments", "progression" })
        {
            var element = page.Find($"[data-testid=section-{section}]");
            Assert.Equal(sentence, element.QuerySelector("[data-testid=suppressed]")!.TextContent);
            Assert.Null(element.QuerySelector("table"));
        }

        Assert.Equal(companyScore, page.FindAll("[data-testid=company-score]")[0].TextContent);
    }

    [Fact]
    public void In_English_figures_use_a_point_and_dates_are_written_in_English()
    {
        InEnglish();
        Api(Answers("periodId=99999999-9999-9999-9999-999999999999&from=2026-02-01&to=2026-06-30"));
        var page = RenderAt($"periodId={PeriodId}&from=2026-02-01&to=2026-06-30");

        page.WaitForElement("[data-testid=section-progression] table");
        Assert.Contains("The programme's average survey score: 3.8 (from 140 surveys).", page.Find("[data-testid=programme-average]").TextContent);
        Assert.Contains("Stage voorjaar 2026 (1 February 2026 – 30 June 2026)", page.Find("[data-testid=filter-period]").TextContent);
        Assert.Contains("from 1 February 2026", page.Find("[data-testid=filter-summary]").TextContent);
        Assert.Contains("Q1 2026", page.Find("[data-testid=criterion-table-punctuality]").TextContent);
        Assert.Equal("/inzicht/export/signals?periodId=99999999-9999-9999-9999-999999999999&from=2026-02-01&to=2026-06-30",
            page.Find("[data-testid=export-signals]").GetAttribute("href"));
    }

    [Fact]
    public void Filters_from_the_address_reach_every_section_and_choosing_filters_puts_them_in_the_address()
    {
        var stub = Api(Answers("crebo=25655&cohort=2024"));
        var page = RenderAt("crebo=25655&cohort=2024");

        page.WaitForElement("[data-testid=section-progression] table");
        Assert.Contains("GET /api/insights/early-leaving?crebo=25655&cohort=2024", stub.Calls);
        Assert.Contains("GET /api/insights/companies?crebo=25655&cohort=2024&page=1&pageSize=25&flaggedOnly=false&sort=name", stub.Calls);
        Assert.Contains("GET /api/insights/progression?crebo=25655&cohort=2024", stub.Calls);
        Assert.Contains("Medewerker bakkerij (25655, niveau 2)", page.Find("[data-testid=filter-summary]").TextContent);

        page.Find("[data-testid=filter-crebo]").Change("25180");
        page.Find("[data-testid=filter-from]").Change("2025-01-01");
        page.Find("[data-testid=filters-form]").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith("/inzicht?crebo=25180&cohort=2024&from=2025-01-01", navigation.Uri);
    }

    [Theory]
    [InlineData("nl", "De einddatum mag niet voor de begindatum liggen.")]
    [InlineData("en", "The end date cannot be before the start date.")]
    public void A_filter_Insights_refuses_is_named_beside_that_field_in_the_users_language(string language, string sentence)
    {
        if (language == "en")
        {
            InEnglish();
        }

        var refused = (HttpStatusCode.BadRequest, """{"title":"One or more validation errors occurred.","status":400,"errors":{"to":["On or after 'from'."]}}""");
        var answers = Answers("from=2026-06-01&to=2026-01-01");
        foreach (var key in answers.Keys.Where(k => k.Contains("from=")).ToList())
        {
            answers[key] = refused;
        }

        Api(answers);
        var page = RenderAt("from=2026-06-01&to=2026-01-01");

        page.WaitForAssertion(() => Assert.Equal(sentence, page.Find("[data-testid=error-to]").TextContent));
        Assert.Equal("error-to", page.Find("[data-testid=filter-to]").GetAttribute("aria-describedby"));
        Assert.Empty(page.FindAll("[data-testid=error-from]"));
        Assert.Empty(page.FindAll("[data-testid=section-signals]"));
        Assert.DoesNotContain("On or after", page.Markup);
    }

    [Fact]
    public void A_span_of_more_than_five_years_is_named_beside_the_start_date()
    {
        var refused = (HttpStatusCode.BadRequest, """{"title":"One or more validation errors occurred.","status":400,"errors":{"from":["At most 5 years before 'to'."]}}""");
        var answers = Answers("from=2015-01-01&to=2026-01-01");
        foreach (var key in answers.Keys.Where(k => k.Contains("from=")).ToList())
        {
            answers[key] = refused;
        }

        Api(answers);
        var page = RenderAt("from=2015-01-01&to=2026-01-01");

        page.WaitForAssertion(() => Assert.Equal("Kies een periode van hoogstens vijf jaar.", page.Find("[data-testid=error-from]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=error-to]"));
    }

    [Fact]
    public void A_malformed_date_in_the_address_is_named_beside_its_field_without_asking_Insights()
    {
        var stub = Api(Answers());
        var page = RenderAt("from=12-03-2027");

        page.WaitForAssertion(() => Assert.Equal("Geef een geldige datum.", page.Find("[data-testid=error-from]").TextContent));
        Assert.DoesNotContain(stub.Calls, c => c.StartsWith("GET /api/insights/early-leaving", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mentor_reads_their_programmes_without_links_to_company_results()
    {
        Api(Answers(), role: "mentor");
        var page = Render<Dashboard>();

        page.WaitForElement("[data-testid=companies-table]");
        Assert.Contains("Cijfers over de opleidingen van jouw studenten", page.Find("[data-testid=mentor-intro]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=company-link]"));
        Assert.Contains("Bakkerij De Korenbloem", page.Find("[data-testid=companies-table]").TextContent);
    }

    [Fact]
    public void A_programme_outside_the_mentors_own_is_refused_politely()
    {
        var answers = Answers("crebo=25180");
        foreach (var key in answers.Keys.Where(k => k.Contains("crebo=25180")).ToList())
        {
            answers[key] = (HttpStatusCode.Forbidden, "");
        }

        Api(answers, role: "mentor");
        var page = RenderAt("crebo=25180");

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=section-refused]").Count));
        Assert.Equal("Je mag de cijfers van deze opleiding niet zien. Kies een opleiding van je eigen studenten.", page.FindAll("[data-testid=section-refused]")[0].TextContent);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void Someone_Insights_refuses_altogether_gets_the_refusal_in_words()
    {
        Api(new() { ["GET /api/insights/filters"] = (HttpStatusCode.Forbidden, "") }, role: "mentor");
        var page = Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Contains("Je mag de cijfers van deze opleiding niet zien.", page.Find("[data-testid=refused]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=filters]"));
    }

    [Fact]
    public void Only_coordinators_and_mentors_reach_the_dashboard_and_only_coordinators_a_companys_results()
    {
        var dashboard = Assert.Single(typeof(Dashboard).GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>());
        Assert.Equal(["coordinator", "mentor"], dashboard.Roles!.Split(',').Order());
        var company = Assert.Single(typeof(CompanySurveyPage).GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>());
        Assert.Equal("coordinator", company.Roles);
        var trainer = Assert.Single(typeof(TrainerCompanySurveyPage).GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>());
        Assert.Equal("trainer", trainer.Roles);
    }
}
