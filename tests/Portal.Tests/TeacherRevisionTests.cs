using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Teacher;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class TeacherRevisionTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid AssignmentId = Guid.Parse("66666666-6666-6666-6666-666666666666");

    private StubHttpClientFactory Api()
    {
        var stub = UseApis(new()
        {
            ["GET /api/placements"] = (HttpStatusCode.OK, $$"""
                {"items":[{"id":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","studentName":"Sam de Vries","companyId":"{{Guid.NewGuid()}}","companyName":"Zorggroep Oost",
                  "periodId":"{{Guid.NewGuid()}}","plannedHours":400,"approvedHours":0,"status":"active","risks":[]}],"total":1}
                """),
            [$"GET /api/placements/{PlacementId}/assignments"] = (HttpStatusCode.OK, $$"""
                [{"id":"{{AssignmentId}}","placementId":"{{PlacementId}}","title":"Medicatie delen","description":"Deel medicatie onder toezicht.",
                  "criterionKeys":["carefulness"],"workProcesses":["B1-K1-W3"],"dueDate":"2026-12-18","status":"changeRequested",
                  "evidence":null,"reflection":null,"feedback":null,"allowedTransitions":["revise"],
                  "steps":[{"action":"draft","status":"draft","byRole":"teacher","by":null,"at":"2026-11-02T09:00:00Z","comment":null},
                           {"action":"request-change","status":"changeRequested","byRole":"trainer","by":null,"at":"2026-11-03T09:00:00Z","comment":"Alleen op de ochtenddienst mogelijk"}]}]
                """),
            [$"PUT /api/assignments/{AssignmentId}"] = (HttpStatusCode.OK, "{}"),
        });
        AddAuthorization().SetAuthorized("teacher@demo").SetRoles("teacher");
        return stub;
    }

    [Fact]
    public void The_teacher_reads_the_trainers_change_request_and_sends_a_revision_that_keeps_criteria_work_processes_and_due_date()
    {
        var stub = Api();

        var page = Render<TeacherPlacements>();
        page.WaitForElement("h2");
        page.FindAll("button").Single(b => b.TextContent.Contains("Praktijkopdrachten", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("Alleen op de ochtenddienst mogelijk", page.Find("[data-testid=change-request]").TextContent));
        page.Find("button[data-testid=revise]").Click();
        page.WaitForElement("textarea").Change("Deel medicatie onder toezicht, in de ochtenddienst.");
        page.Find("button[data-testid=save-revision]").Click();

        page.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == $"PUT /api/assignments/{AssignmentId}"));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == $"PUT /api/assignments/{AssignmentId}").Body);
        Assert.Equal("Medicatie delen", body.RootElement.GetProperty("title").GetString());
        Assert.Equal("Deel medicatie onder toezicht, in de ochtenddienst.", body.RootElement.GetProperty("description").GetString());
        Assert.Equal("carefulness", body.RootElement.GetProperty("criterionKeys")[0].GetString());
        Assert.Equal("B1-K1-W3", body.RootElement.GetProperty("workProcesses")[0].GetString());
        Assert.Equal("2026-12-18", body.RootElement.GetProperty("dueDate").GetString());
    }
}
