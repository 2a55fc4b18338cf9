using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The trainer's "report absence" form and the absence import page with its row report.</summary>
public sealed class AbsencePortalTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly string ReportCall = $"POST /api/placements/{PlacementId}/absences";

    private StubHttpClientFactory TrainerApi(HttpStatusCode status, string json)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/placements/{PlacementId}/absences"] = (HttpStatusCode.OK, $$"""
                [{"absenceId":"{{Guid.NewGuid()}}","studentId":"{{Guid.NewGuid()}}","placementId":"{{PlacementId}}","date":"2026-11-16","hours":2.5,"authorised":true,
                  "reportedBy":"trainer","reportedAt":"2026-11-16T09:00:00+00:00"}]
                """),
            [ReportCall] = (status, json),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void The_trainer_reports_date_hours_and_authorised_and_sees_what_was_reported()
    {
        var stub = TrainerApi(HttpStatusCode.OK, $$"""
            {"absenceId":"{{Guid.NewGuid()}}","studentId":"{{Guid.NewGuid()}}","placementId":"{{PlacementId}}","date":"2026-11-17","hours":4,"authorised":false,
             "reportedBy":"trainer","reportedAt":"2026-11-17T09:00:00+00:00"}
            """);

        var panel = Render<WorkplaceAbsencePanel>(p => p.Add(c => c.PlacementId, PlacementId).Add(c => c.CanReport, true));
        panel.WaitForAssertion(() => Assert.Contains("2,5 uur · geoorloofd", panel.Find("[data-testid=absence-reported]").TextContent));
        var inputs = panel.Find("[data-testid=absence-form]").QuerySelectorAll("input");
        inputs[0].Change("2026-11-17");
        inputs[1].Change("4");
        panel.Find("[data-testid=absence-report]").Click();

        panel.WaitForElement("[data-testid=absence-saved]");
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == ReportCall);
        Assert.Equal("""{"date":"2026-11-17","hours":4,"authorised":false}""", body);
        Assert.Equal(2, stub.Calls.Count(c => c == $"GET /api/placements/{PlacementId}/absences"));
    }

    [Fact]
    public void A_refused_report_shows_the_services_sentence_at_the_field()
    {
        TrainerApi(HttpStatusCode.BadRequest, """{"title":"One or more fields are invalid.","status":400,"errors":{"date":["Outside the placement (2026-09-01 to 2027-01-19)."]}}""");

        var panel = Render<WorkplaceAbsencePanel>(p => p.Add(c => c.PlacementId, PlacementId).Add(c => c.CanReport, true));
        panel.Find("[data-testid=absence-form]").QuerySelectorAll("input")[1].Change("3");
        panel.Find("[data-testid=absence-report]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Outside the placement", panel.Find("[data-testid=absence-form]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=absence-saved]"));
    }

    [Fact]
    public void Without_a_current_placement_there_is_no_form_only_the_reports()
    {
        TrainerApi(HttpStatusCode.OK, "{}");

        var panel = Render<WorkplaceAbsencePanel>(p => p.Add(c => c.PlacementId, PlacementId).Add(c => c.CanReport, false));

        panel.WaitForElement("[data-testid=absence-reported]");
        Assert.Empty(panel.FindAll("[data-testid=absence-form]"));
    }

    [Fact]
    public void The_import_page_uploads_the_file_and_shows_the_summary_and_each_reported_row()
    {
        var stub = UseApis(new()
        {
            ["POST /api/absences/import"] = (HttpStatusCode.OK, $$$"""
                {"importId":"{{{Guid.NewGuid()}}}","total":5,"created":2,"updated":1,"unchanged":0,"rejected":1,"refused":1,"students":3,"rowsLeftOut":0,"rows":[
                  {"line":3,"studentNumber":"999999","outcome":"rejected","errors":{"studentNumber":["No student with this number."]}},
                  {"line":4,"studentNumber":"100200","outcome":"refused","errors":{"studentNumber":["Not one of your mentees."]}},
                  {"line":6,"studentNumber":"100300","outcome":"updated","errors":null}
                ]}
                """),
        });
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");

        var page = Render<AbsenceImport>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("studentnummer;datum;uren;geoorloofd\n100100;2026-11-16;2;nee\n", "verzuim.csv"));

        page.WaitForAssertion(() => Assert.Contains("5 regels: 2 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 afgewezen, 1 geweigerd; 3 studenten.", page.Find("[data-testid=absence-summary]").TextContent));
        var rows = page.Find("[data-testid=absence-rows]").TextContent;
        Assert.Contains("Kolom studentNumber: Het studentnummer van een student die de school kent", rows);
        Assert.DoesNotContain("No student with this number.", rows);
        Assert.Contains("Geweigerd (niet jouw mentorstudent)", rows);
        Assert.Contains("Bijgewerkt", rows);
        Assert.Contains("POST /api/absences/import", stub.Calls);
        Assert.Contains(stub.Bodies, b => b.Call == "POST /api/absences/import" && b.Body.Contains("100100;2026-11-16;2;nee", StringComparison.Ordinal));
    }
}
