using System.Net;
using Bunit;
using MudBlazor;
using PartnershipHub.Portal.Components.Pages.Teacher;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The teacher logs a school–company contact from their placements page, on any of their placements.</summary>
public sealed class TeacherContactsTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("99999999-9999-9999-9999-999999999999");
    private static readonly Guid TeacherId = Guid.Parse("12121212-1212-1212-1212-121212121212");
    private static readonly string LogCall = $"POST /api/placements/{PlacementId}/contacts";

    [Fact]
    public void The_teacher_opens_a_placements_contacts_sees_who_logged_them_and_logs_one_with_a_follow_up()
    {
        var stub = UseApis(new()
        {
            ["GET /api/placements"] = (HttpStatusCode.OK, $$"""
                {"total":1,"items":[{"id":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","studentName":"Sam de Vries","companyId":"{{Guid.NewGuid()}}","companyName":"Zorggroep Oost",
                  "periodId":"{{Guid.NewGuid()}}","plannedHours":400,"approvedHours":8,"status":"active","risks":[]}]}
                """),
            [$"GET /api/placements/{PlacementId}/contacts"] = (HttpStatusCode.OK, $$"""
                {"jointCount":0,"lastContactAt":"2026-11-20T09:00:00Z","noRecentContact":false,"contacts":[
                 {"id":"{{Guid.NewGuid()}}","kind":"visit","contactedAt":"2026-11-20T09:00:00Z","byStaffId":"{{TeacherId}}","byRole":"teacher","summary":"Bezoek op de afdeling","joint":false,"followUp":null,"followUpDue":null}]}
                """),
            [$"GET /api/staff?ids={TeacherId}"] = (HttpStatusCode.OK, $$"""[{"staffId":"{{TeacherId}}","displayName":"Tessa Docent"}]"""),
            [LogCall] = (HttpStatusCode.Created, "{}"),
        });
        AddAuthorization().SetAuthorized("teacher@demo").SetRoles("teacher");

        var page = Render<TeacherPlacements>();
        page.WaitForElement("[data-testid=teacher-contacts]").Click();

        var contact = page.WaitForElement("[data-testid=contact]");
        Assert.Contains("Bezoek op de afdeling", contact.TextContent);
        page.WaitForAssertion(() => Assert.Contains("Tessa Docent (docent)", page.Find("[data-testid=contact]").TextContent));
        Assert.Contains("20 november 2026", contact.TextContent);
        Assert.NotNull(page.Find("[data-testid=contact-follow-up]"));

        page.InvokeAsync(() => page.FindComponent<ContactLogPanel>().FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("call"));
        page.Find("input[data-testid=contact-when]").Change("2026-11-27T14:30");
        page.Find("textarea[data-testid=contact-summary]").Change("Gebeld met de praktijkopleider");
        page.Find("input[data-testid=contact-follow-up]").Change("Terugbellen over het rooster");
        page.Find("input[data-testid=contact-follow-up-due]").Change("2026-12-11");
        page.Find("[data-testid=contact-save]").Click();

        page.WaitForElement("[data-testid=contact-saved]");
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == LogCall);
        Assert.Contains("\"kind\":\"call\"", body);
        Assert.Contains("\"followUp\":\"Terugbellen over het rooster\"", body);
        Assert.Contains("\"followUpDue\":\"2026-12-11\"", body);
    }
}
