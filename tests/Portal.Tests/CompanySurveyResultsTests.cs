using System.Globalization;
using System.Net;
using System.Security.Claims;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Insights;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// A company's survey results for the coordinator (/inzicht/bedrijven/{id}) and its praktijkopleider (/bedrijf/enquete):
/// averages beside the programme's, anonymous comments, and under the minimum only the counts and why.
/// </summary>
public sealed class CompanySurveyResultsTests : PortalTestContext
{
    private static readonly Guid CompanyId = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    private static readonly Guid OtherCompanyId = Guid.Parse("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");

    private static string Results(Guid companyId, string name, bool suppressed = false) => suppressed
        ? $$"""{"companyId":"{{companyId}}","companyName":"{{name}}","responses":3,"suppressed":true,"minimum":5,"questions":null,"trainerResponses":2,"comments":null}"""
        : $$"""
          {"companyId":"{{companyId}}","companyName":"{{name}}","responses":7,"suppressed":false,"minimum":5,
           "questions":[{"key":"guidanceAtCompany","average":3.84,"programmeAverage":4.1},{"key":"atmosphere","average":4.5,"programmeAverage":3.9}],
           "trainerResponses":4,
           "comments":[{"text":"Fijne collega's, veel geleerd.","periodName":"Stage voorjaar 2026","month":"2026-06"}]}
          """;

    private static string Path(Guid companyId) => $"GET /api/insights/companies/{companyId}/survey-results";

    [Theory]
    [InlineData("nl", "3,8", "4,1", "Mijn praktijkopleider begeleidde me goed.", "juni 2026")]
    [InlineData("en", "3.8", "4.1", "My workplace trainer guided me well.", "June 2026")]
    public void The_coordinator_sees_each_average_beside_the_programmes_and_the_comments_without_names(
        string language, string average, string programme, string question, string month)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language == "nl" ? "nl-NL" : "en");
        UseApis(new() { [Path(CompanyId)] = (HttpStatusCode.OK, Results(CompanyId, "Bakkerij De Korenbloem")) });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");

        var page = Render<CompanySurveyPage>(p => p.Add(x => x.CompanyId, CompanyId));

        var row = page.WaitForElement("[data-testid=result-guidanceAtCompany]");
        Assert.Equal(question, row.QuerySelector("th")!.TextContent);
        Assert.Equal([average, programme], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("Bakkerij De Korenbloem", page.Find("h1").TextContent);
        Assert.Contains(language == "nl" ? "Ingevuld door 7 studenten en 4 praktijkopleiders." : "Filled in by 7 students and 4 workplace trainers.",
            page.Find("[data-testid=survey-responses]").TextContent);
        var comment = page.Find("[data-testid=comment]").TextContent;
        Assert.Contains("Fijne collega's, veel geleerd.", comment);
        Assert.Contains(month, comment);
        Assert.NotNull(page.Find("[data-testid=survey-results-chart]"));
    }

    [Theory]
    [InlineData("nl", "Te weinig ingevulde enquêtes (minder dan 5) om gemiddelden en opmerkingen te tonen; zo blijft elke student anoniem.")]
    [InlineData("en", "Too few surveys filled in (fewer than 5) to show averages and comments; this keeps every student anonymous.")]
    public void Under_the_minimum_only_the_counts_and_why_nothing_more(string language, string sentence)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language == "nl" ? "nl-NL" : "en");
        UseApis(new() { [Path(CompanyId)] = (HttpStatusCode.OK, Results(CompanyId, "Bakkerij De Korenbloem", suppressed: true)) });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");

        var page = Render<CompanySurveyPage>(p => p.Add(x => x.CompanyId, CompanyId));

        page.WaitForAssertion(() => Assert.Equal(sentence, page.Find("[data-testid=suppressed]").TextContent));
        Assert.Empty(page.FindAll("table"));
        Assert.Empty(page.FindAll("[data-testid=comments]"));
    }

    [Fact]
    public void A_refused_company_says_so_in_words()
    {
        UseApis(new() { [Path(CompanyId)] = (HttpStatusCode.Forbidden, "") });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");

        var page = Render<CompanySurveyPage>(p => p.Add(x => x.CompanyId, CompanyId));

        page.WaitForAssertion(() => Assert.Equal("Je mag de resultaten van dit bedrijf niet zien.", page.Find("[data-testid=refused]").TextContent));
    }

    [Fact]
    public void A_trainer_of_one_company_sees_its_results_straight_away()
    {
        var stub = UseApis(new() { [Path(CompanyId)] = (HttpStatusCode.OK, Results(CompanyId, "Bakkerij De Korenbloem")) });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer").SetClaims(new Claim("company_id", CompanyId.ToString()));

        var page = Render<TrainerCompanySurveyPage>();

        page.WaitForElement("[data-testid=result-atmosphere]");
        Assert.Empty(page.FindAll("[data-testid=company-picker]"));
        Assert.Equal([Path(CompanyId)], stub.Calls);
    }

    [Fact]
    public void A_trainer_of_several_companies_picks_one_by_name()
    {
        UseApis(new()
        {
            [Path(CompanyId)] = (HttpStatusCode.OK, Results(CompanyId, "Bakkerij De Korenbloem")),
            [Path(OtherCompanyId)] = (HttpStatusCode.OK, Results(OtherCompanyId, "Winkel Het Hoekje", suppressed: true)),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer")
            .SetClaims(new Claim("company_id", OtherCompanyId.ToString()), new Claim("company_id", CompanyId.ToString()));

        var page = Render<TrainerCompanySurveyPage>();

        var picker = page.WaitForElement("[data-testid=company-picker]");
        Assert.Equal(["Bakkerij De Korenbloem", "Winkel Het Hoekje"], picker.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal("company-picker", page.Find("label[for=company-picker]").GetAttribute("for"));
        Assert.NotNull(page.Find("[data-testid=result-atmosphere]"));

        page.Find("[data-testid=company-picker]").Change(OtherCompanyId.ToString());

        page.WaitForAssertion(() => Assert.Equal("Winkel Het Hoekje", page.Find("[data-testid=company-name]").TextContent));
        Assert.NotNull(page.Find("[data-testid=suppressed]"));
    }

    [Fact]
    public void A_trainer_without_results_reads_that_in_words()
    {
        UseApis(new() { [Path(CompanyId)] = (HttpStatusCode.Forbidden, "") });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer").SetClaims(new Claim("company_id", CompanyId.ToString()));

        var page = Render<TrainerCompanySurveyPage>();

        page.WaitForAssertion(() => Assert.Equal("Er zijn geen enquêteresultaten voor uw bedrijf.", page.Find("[data-testid=no-company]").TextContent));
    }
}
