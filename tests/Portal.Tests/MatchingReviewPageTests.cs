using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The coordinator's review of a matching run (issue #24, item 8): student numbers, reasons as sentences, a reason for each rejection, discarding a draft.</summary>
public sealed class MatchingReviewPageTests : PortalTestContext
{
    private static readonly Guid RunId = Guid.Parse("12121212-1212-1212-1212-121212121212");
    private static readonly Guid First = Guid.Parse("13131313-1313-1313-1313-131313131313");
    private static readonly Guid Second = Guid.Parse("14141414-1414-1414-1414-141414141414");

    private static string Proposal(Guid student, string number) => $$"""
        {"runId":"{{RunId}}","studentId":"{{student}}","studentName":"Sem de Jong","studentNumber":"{{number}}","companyId":"{{Guid.NewGuid()}}",
         "companyName":"Bakkerij Brood","distanceKm":42.2,"cost":312,
         "reasons":[{"code":"travel","km":42},{"code":"beyondMax","km":12,"maxKm":30},{"code":"spreading","count":2}],
         "alternatives":[],"status":"open","decisionReason":null,"placementId":null}
        """;

    private StubHttpClientFactory Api()
    {
        var stub = UseApis(new()
        {
            ["GET /api/matching/runs?page=1&pageSize=10"] = (HttpStatusCode.OK, $$"""
                {"items":[{"id":"{{RunId}}","periodId":"{{Guid.NewGuid()}}","periodName":"2026-2027 BPV 1","createdAt":"2026-12-07T09:00:00Z","status":"draft",
                  "studentCount":3,"placedCount":2,"unplacedCount":1,"totalCost":600,"timings":null,"proposals":null,"unplaced":null}],"total":140}
                """),
            ["GET /api/companies?active=true&page=1&pageSize=5"] = (HttpStatusCode.OK, """{"items":[],"total":0}"""),
            [$"GET /api/matching/runs/{RunId}?summary=true"] = (HttpStatusCode.OK, $$"""
                {"id":"{{RunId}}","periodId":"{{Guid.NewGuid()}}","periodName":"2026-2027 BPV 1","createdAt":"2026-12-07T09:00:00Z","status":"draft",
                 "studentCount":3,"placedCount":2,"unplacedCount":1,"timings":{"buildMs":1,"solveMs":1,"storeMs":1,"totalMs":3},
                 "unplaced":[{"studentId":"{{Guid.NewGuid()}}","studentName":"Sem de Jong","studentNumber":"S1003","reason":"No candidate within the hard rules",
                   "excluded":[{"companyId":"{{Guid.NewGuid()}}","companyName":"Ver Weg BV","rule":"too-far"}],"status":"unplaced"}]}
                """),
            [$"GET /api/matching/runs/{RunId}/proposals?page=1&pageSize=25"] = (HttpStatusCode.OK,
                $$"""{"items":[{{Proposal(First, "S1001")}},{{Proposal(Second, "S1002")}}],"total":2}"""),
            [$"POST /api/matching/runs/{RunId}/proposals/{First}/reject"] = (HttpStatusCode.OK, Proposal(First, "S1001")),
            [$"DELETE /api/matching/runs/{RunId}"] = (HttpStatusCode.NoContent, ""),
        });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");
        return stub;
    }

    [Fact]
    public void Proposals_tell_students_with_the_same_name_apart_and_explain_in_dutch_sentences()
    {
        Api();

        var page = Render<Matching>(p => p.Add(x => x.RunId, RunId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=proposal-number]").Count));
        Assert.Equal(["S1001", "S1002"], page.FindAll("[data-testid=proposal-number]").Select(e => e.TextContent.Trim()));
        Assert.Equal(
            "Reisafstand 42 km; 12 km verder dan de student wil reizen (maximaal 30 km); het bedrijf krijgt in deze ronde al 2 andere studenten.",
            page.Find("[data-testid=proposal-explanation]").TextContent.Trim());
        Assert.DoesNotContain("Kosten", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Sem de Jong (S1003): te ver: 1", page.Find("[data-testid=unplaced]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Matchingrondes: 140 · pagina 1 van 14", page.Find("[data-testid=runs-count]").TextContent.Trim());
        Assert.Equal("Voorstellen: 2 · pagina 1 van 1", page.Find("[data-testid=proposals-count]").TextContent.Trim());
    }

    [Fact]
    public void The_explanation_is_worded_in_english_in_the_english_view()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api();

        var page = Render<Matching>(p => p.Add(x => x.RunId, RunId));

        page.WaitForAssertion(() => Assert.Equal(
            "Travel distance 42 km; 12 km further than the student wants to travel (at most 30 km); the company already receives 2 other students in this run.",
            page.Find("[data-testid=proposal-explanation]").TextContent.Trim()));
    }

    [Fact]
    public void A_rejection_is_not_sent_without_a_reason()
    {
        var stub = Api();
        var page = Render<Matching>(p => p.Add(x => x.RunId, RunId));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("button[data-testid=choose]").Count));
        page.FindAll("button[data-testid=choose]")[0].Click();

        page.Find("button[data-testid=reject]").Click();

        page.WaitForAssertion(() => Assert.Contains("Geef een reden.", page.Find("[data-testid=decision]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(stub.Calls, c => c.EndsWith("/reject", StringComparison.Ordinal));

        page.Find("textarea[data-testid=decision-reason]").Change("Student verhuist in oktober");
        page.Find("button[data-testid=reject]").Click();
        page.WaitForAssertion(() => Assert.Contains($"POST /api/matching/runs/{RunId}/proposals/{First}/reject", stub.Calls));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call.EndsWith("/reject", StringComparison.Ordinal)).Body);
        Assert.Equal("Student verhuist in oktober", body.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_draft_run_is_discarded_only_after_confirming()
    {
        var stub = Api();
        var page = Render<Matching>(p => p.Add(x => x.RunId, RunId));
        page.WaitForElement("button[data-testid=discard]").Click();
        Assert.DoesNotContain(stub.Calls, c => c.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.Equal("Deze conceptronde met al haar voorstellen weggooien?", page.Find("[data-testid=discard-question]").TextContent.Trim());

        page.Find("button[data-testid=discard-yes]").Click();

        page.WaitForAssertion(() => Assert.Contains($"DELETE /api/matching/runs/{RunId}", stub.Calls));
    }
}
