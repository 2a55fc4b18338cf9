using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class ContactsPageTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private StubHttpClientFactory Api(string placementsJson)
    {
        var stub = UseApis(new()
        {
            ["GET /api/placements?atRisk=true"] = (HttpStatusCode.OK, $$"""{"items":{{placementsJson}},"total":{{System.Text.Json.JsonDocument.Parse(placementsJson).RootElement.GetArrayLength()}}}"""),
            ["GET /api/staff?ids=5eed0000-0000-0000-0000-00000000a002"] = (HttpStatusCode.OK, """[{"staffId":"5eed0000-0000-0000-0000-00000000a002","displayName":"Chris Coördinator"}]"""),
            [$"GET /api/placements/{PlacementId}/contacts"] = (HttpStatusCode.OK, """
                {"jointCount":1,"lastContactAt":"2026-09-01T10:00:00Z","noRecentContact":true,"contacts":[
                 {"id":"33333333-3333-3333-3333-333333333333","kind":"visit","contactedAt":"2026-09-01T10:00:00Z","byStaffId":null,"byRole":"teacher","summary":"Driegesprek op locatie","joint":true,"followUp":"Evaluatie","followUpDue":"2026-10-01"},
                 {"id":"44444444-4444-4444-4444-444444444444","kind":"call","contactedAt":"2026-08-15T10:00:00Z","byStaffId":"5eed0000-0000-0000-0000-00000000a002","byRole":"coordinator","summary":"Start besproken","joint":false,"followUp":null,"followUpDue":null}]}
                """),
        });
        return stub;
    }

    [Fact]
    public void Flagged_placements_show_their_risks_in_words_and_open_their_contact_log()
    {
        var stub = Api($$"""
            [{"id":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","studentName":"Sam de Vries","companyId":"{{Guid.NewGuid()}}","companyName":"Zorggroep Oost",
              "periodId":"{{Guid.NewGuid()}}","plannedHours":400,"approvedHours":120,"status":"active","risks":["noRecentContact"]}]
            """);

        var page = Render<PlacementContacts>();

        page.WaitForAssertion(() => Assert.Equal("Geen recent contact", page.Find("[data-testid=risks]").TextContent));
        page.Find("[data-testid=flagged-placements] button").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "1 van 2 contactmomenten gezamenlijk (student, school en leerbedrijf samen).", page.Find("[data-testid=joint-count]").TextContent));
        Assert.Contains("Sam de Vries bij Zorggroep Oost", page.Find("[data-testid=contacts-of]").TextContent);
        Assert.Contains("Chris Coördinator (coördinator)", page.FindAll("[data-testid=contact]")[1].TextContent);
        Assert.NotNull(page.Find("[data-testid=no-recent-contact]"));
        Assert.NotNull(page.Find("form"));
        Assert.Contains($"GET /api/placements/{PlacementId}/contacts", stub.Calls);
    }

    [Fact]
    public void No_flagged_placements_is_said_in_a_sentence()
    {
        Api("[]");

        var page = Render<PlacementContacts>();

        page.WaitForAssertion(() => Assert.Equal("Er zijn nu geen stages met een risico.", page.Find("[data-testid=no-flagged]").TextContent));
    }
}
