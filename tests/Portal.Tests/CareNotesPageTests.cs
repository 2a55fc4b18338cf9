using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Care;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class CareNotesPageTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");

    private const string OtherStaffId = "5eed0000-0000-0000-0000-00000000a004";
    private const string UnknownStaffId = "5eed0000-0000-0000-0000-00000000beef";

    private StubHttpClientFactory Api(HttpStatusCode notesStatus, string notesJson)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/staff?ids={OtherStaffId},{UnknownStaffId}"] = (HttpStatusCode.OK, $$"""[{"staffId":"{{OtherStaffId}}","displayName":"Fatima Yilmaz"}]"""),
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK,
                $$"""{"id":"{{StudentId}}","studentNumber":"9001","firstName":"Sam","lastName":"de Vries","cohort":"2025","status":"active","intakeComplete":true}"""),
            [$"GET /api/students/{StudentId}/care-notes"] = (notesStatus, notesJson),
            [$"GET /api/students/{StudentId}/care-notes/access-log"] = (HttpStatusCode.OK,
                $$"""[{"studentId":"{{StudentId}}","staffId":"5eed0000-0000-0000-0000-00000000a003","role":"care","kind":"read","at":"2026-11-20T09:00:00Z"}]"""),
        });
        return stub;
    }

    [Fact]
    public void Another_mentor_refused_by_students_reads_who_may_see_the_notes()
    {
        var stub = Api(HttpStatusCode.Forbidden, """{"title":"Forbidden","status":403}""");
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");

        var page = Render<StudentCareNotes>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Equal(
            "Alleen de mentor van de student en zorgmedewerkers kunnen deze notities zien.", page.Find("[data-testid=care-notes-refused]").TextContent.Trim()));
        Assert.Contains("Sam de Vries", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        Assert.DoesNotContain(stub.Calls, call => call.EndsWith("/access-log", StringComparison.Ordinal));
    }

    [Fact]
    public void Care_staff_read_the_notes_once_and_see_the_access_log()
    {
        var stub = Api(HttpStatusCode.OK,
            """[{"id":"11111111-1111-1111-1111-111111111111","authorStaffId":"5eed0000-0000-0000-0000-00000000a003","text":"Schuldhulp gestart","writtenAt":"2026-11-19T15:00:00Z"}]""");
        AddAuthorization().SetAuthorized("care@demo").SetRoles("care").SetClaims(new System.Security.Claims.Claim("staff_id", "5eed0000-0000-0000-0000-00000000a003"));

        var page = Render<StudentCareNotes>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Contains("Schuldhulp gestart", page.Find("[data-testid=care-note]").TextContent));
        Assert.Contains("jij", page.Find("[data-testid=care-note]").TextContent);
        Assert.Contains("Gelezen", page.Find("[data-testid=access-log]").TextContent);
        Assert.Single(stub.Calls, call => call == $"GET /api/students/{StudentId}/care-notes");
    }

    [Fact]
    public void A_colleagues_note_shows_their_name_from_the_staff_directory_and_an_unknown_author_a_short_id()
    {
        var stub = Api(HttpStatusCode.OK, $$"""
            [{"id":"11111111-1111-1111-1111-111111111111","authorStaffId":"{{OtherStaffId}}","text":"Gesprek met ouders gepland","writtenAt":"2026-11-19T15:00:00Z"},
             {"id":"22222222-2222-2222-2222-222222222222","authorStaffId":"{{UnknownStaffId}}","text":"Oude notitie","writtenAt":"2026-10-01T15:00:00Z"}]
            """);
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor").SetClaims(new System.Security.Claims.Claim("staff_id", "5eed0000-0000-0000-0000-00000000a001"));

        var page = Render<StudentCareNotes>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Contains("Fatima Yilmaz", page.FindAll("[data-testid=care-note]")[0].TextContent));
        Assert.Contains("medewerker …beef", page.FindAll("[data-testid=care-note]")[1].TextContent);
        Assert.Single(stub.Calls, call => call.StartsWith("GET /api/staff?ids=", StringComparison.Ordinal));
    }
}
