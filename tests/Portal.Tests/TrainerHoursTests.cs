using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Trainer;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class TrainerHoursTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private const string RejectCall = "POST /api/placements/22222222-2222-2222-2222-222222222222/hours/weeks/2026-11-16/reject";

    private StubHttpClientFactory Api(HttpStatusCode rejectStatus, string rejectJson)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/placements/{PlacementId}"] = (HttpStatusCode.OK, $$"""
                {"id":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","studentName":"Sam de Vries","companyId":"{{Guid.NewGuid()}}","companyName":"Zorggroep Oost",
                 "periodId":"{{Guid.NewGuid()}}","plannedHours":400,"approvedHours":8,"status":"active","risks":[]}
                """),
            [$"GET /api/placements/{PlacementId}/agreement"] = (HttpStatusCode.OK, """{"status":"agreementSigned","missing":[],"signatures":[]}"""),
            [$"GET /api/placements/{PlacementId}/assignments"] = (HttpStatusCode.OK, "[]"),
            [$"GET /api/placements/{PlacementId}/hours"] = (HttpStatusCode.OK, """
                {"plannedHours":400,"loggedHours":24,"approvedHours":8,"progress":0.02,"weeks":[
                 {"weekStart":"2026-11-09","hours":8,"status":"Approved","days":[{"date":"2026-11-09","hours":8,"description":"Inwerken","status":"approved","decisionComment":null}]},
                 {"weekStart":"2026-11-16","hours":16,"status":"open","days":[
                   {"date":"2026-11-16","hours":8,"description":"Cliëntenzorg","status":"open","decisionComment":null},
                   {"date":"2026-11-17","hours":8,"description":"Overdracht","status":"open","decisionComment":null}]}]}
                """),
            [RejectCall] = (rejectStatus, rejectJson),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void The_trainer_sees_each_day_of_an_open_week_and_can_approve_or_reject_only_that_week()
    {
        Api(HttpStatusCode.OK, "{}");

        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=hours-week]").Count));
        var open = page.FindAll("[data-testid=hours-week]")[0];
        Assert.Equal(2, open.QuerySelectorAll("[data-testid=hours-day]").Length);
        Assert.Contains("Overdracht", open.TextContent);
        Assert.NotNull(open.QuerySelector("[data-testid=reject-week]"));
        Assert.Null(page.FindAll("[data-testid=hours-week]")[1].QuerySelector("[data-testid=reject-week]"));
    }

    [Fact]
    public void The_services_refusal_of_the_reason_is_a_sentence_in_the_users_language_at_the_reason_field()
    {
        var stub = Api(HttpStatusCode.BadRequest,
            """{"title":"One or more fields are invalid.","status":400,"errors":{"comment":["Say why the hours are rejected."]}}""");

        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        page.WaitForElement("[data-testid=reject-week]").Click();
        page.Find("[data-testid=hours-week] textarea").Change("  x ");
        page.Find("[data-testid=send-reject]").Click();

        page.WaitForAssertion(() => Assert.Contains("Schrijf op waarom je de uren afkeurt", page.Find("[data-testid=hours-week]").TextContent));
        Assert.DoesNotContain("Say why", page.Markup);
        Assert.Contains(RejectCall, stub.Calls);
    }

    [Fact]
    public void An_empty_reason_is_not_sent_and_says_why_in_english_too()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var stub = Api(HttpStatusCode.OK, "{}");

        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        page.WaitForElement("[data-testid=reject-week]").Click();
        page.Find("[data-testid=send-reject]").Click();

        page.WaitForAssertion(() => Assert.Contains("Say why you reject the hours; the student sees the reason.", page.Find("[data-testid=hours-week]").TextContent));
        Assert.DoesNotContain(RejectCall, stub.Calls);
    }

    [Fact]
    public void Rejecting_sends_the_reason_and_reloads_the_hours()
    {
        var stub = Api(HttpStatusCode.OK, "{}");

        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        page.WaitForElement("[data-testid=reject-week]").Click();
        page.Find("[data-testid=hours-week] textarea").Change("Dinsdag was je vrij");
        page.Find("[data-testid=send-reject]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, stub.Calls.Count(call => call == $"GET /api/placements/{PlacementId}/hours")));
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == RejectCall);
        Assert.Equal("""{"comment":"Dinsdag was je vrij"}""", body);
    }
}
