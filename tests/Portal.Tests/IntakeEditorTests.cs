using System.Net;
using System.Text.Json;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Mentor;
using PartnershipHub.Portal.Intake;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class IntakeEditorTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000e001");
    private static readonly string SaveCall = $"PUT /api/students/{StudentId}/intake";

    private const string DraftIntake = """
        {"studentId":"5eed0000-0000-0000-0000-00000000e001","status":"draft","completedOn":null,"priorEducation":"vmboKb","intakeDate":"2026-08-20",
         "participants":["student","parentOrGuardian"],"extendedIntake":true,
         "needs":{"pedagogical":{"level":"some","note":"Rustige aanpak"},"didactic":{"level":"none","note":null},"futureWishes":{"level":"none","note":null},
                  "structure":{"level":"much","note":"Vaste dagindeling"},"privateCircumstances":{"level":"none","note":null}},
         "talentScan":{"strengths":[{"name":"Klantvriendelijk","score":4}],"developmentPoints":[]},
         "progressionWish":null,"preferences":{"sectors":["zorg","retail"],"maxTravelKm":25,"avoidCompanies":[{"companyId":null,"companyName":"Bakkerij Oost","reason":"Oom werkt daar"}]}}
        """;

    private StubHttpClientFactory Api(HttpStatusCode saveStatus, string saveJson, HttpStatusCode intakeStatus = HttpStatusCode.OK, string intakeJson = DraftIntake)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK,
                $$"""{"id":"{{StudentId}}","studentNumber":"9001","firstName":"Sam","lastName":"de Vries","cohort":"2025","status":"active","crebo":"25655","intakeComplete":false}"""),
            [$"GET /api/students/{StudentId}/intake"] = (intakeStatus, intakeJson),
            [SaveCall] = (saveStatus, saveJson),
        });
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");
        return stub;
    }

    [Fact]
    public void The_mentor_completes_a_draft_intake_and_everything_recorded_earlier_is_sent_back_with_the_changes()
    {
        var stub = Api(HttpStatusCode.OK, DraftIntake.Replace("\"draft\"", "\"complete\"", StringComparison.Ordinal));

        var page = Render<IntakeEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("input[data-testid=sectors]").Change("zorg, welzijn ,");
        page.Find("button[data-testid=add-talentScan\\.developmentPoints]").Click();
        page.WaitForElement("[data-testid=talentScan\\.developmentPoints-item] input").Change("Hulp vragen");
        page.Find("button[data-testid=complete-intake]").Click();

        page.WaitForAssertion(() => Assert.EndsWith($"/mentor/students/{StudentId}/intake", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == SaveCall).Body);
        var root = body.RootElement;
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal("vmboKb", root.GetProperty("priorEducation").GetString());
        Assert.Equal("2026-08-20", root.GetProperty("intakeDate").GetString());
        Assert.Equal(["student", "parentOrGuardian"], root.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("much", root.GetProperty("needs").GetProperty("structure").GetProperty("level").GetString());
        Assert.Equal("Rustige aanpak", root.GetProperty("needs").GetProperty("pedagogical").GetProperty("note").GetString());
        Assert.Equal(["zorg", "welzijn"], root.GetProperty("preferences").GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(25, root.GetProperty("preferences").GetProperty("maxTravelKm").GetInt32());
        Assert.Equal("Bakkerij Oost", root.GetProperty("preferences").GetProperty("avoidCompanies")[0].GetProperty("companyName").GetString());
        Assert.Equal(4, root.GetProperty("talentScan").GetProperty("strengths")[0].GetProperty("score").GetInt32());
        Assert.Equal("Hulp vragen", root.GetProperty("talentScan").GetProperty("developmentPoints")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Completing_without_a_progression_wish_shows_students_sentence_at_the_wish_and_stays()
    {
        Api(HttpStatusCode.BadRequest, """{"status":400,"errors":{"progressionWish":["Required to complete an intake: work, level 3, level 4 or undecided."]}}""");

        var page = Render<IntakeEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("button[data-testid=complete-intake]").Click();

        page.WaitForAssertion(() => Assert.Contains("Required to complete an intake", page.Markup));
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Equal("zorg, retail", page.Find("input[data-testid=sectors]").GetAttribute("value"));
    }

    [Fact]
    public void A_new_intake_starts_with_the_student_present_and_no_needs_and_saves_as_a_draft()
    {
        var stub = Api(HttpStatusCode.OK, DraftIntake, intakeJson: """
            {"studentId":"5eed0000-0000-0000-0000-00000000e001","status":"notStarted","completedOn":null,"priorEducation":null,"intakeDate":null,"participants":[],
             "extendedIntake":false,"needs":{},"talentScan":{"strengths":[],"developmentPoints":[]},"progressionWish":null,"preferences":{"sectors":[],"maxTravelKm":null,"avoidCompanies":[]}}
            """);

        var page = Render<IntakeEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("form").Submit();

        page.WaitForElement("[data-testid=intake-saved]");
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == SaveCall).Body);
        Assert.False(body.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(["student"], body.RootElement.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("none", body.RootElement.GetProperty("needs").GetProperty("privateCircumstances").GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("intakeDate").ValueKind);
    }

    [Fact]
    public void Another_mentors_student_is_refused()
    {
        Api(HttpStatusCode.OK, "{}", HttpStatusCode.Forbidden, """{"status":403}""");

        var page = Render<IntakeEditor>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForElement("[data-testid=access-denied]");
        Assert.Empty(page.FindAll("form:not([action='/account/logout'])"));
    }

    [Fact]
    public void A_draft_read_and_sent_back_unchanged_is_the_same_intake()
    {
        var intake = JsonSerializer.Deserialize<IntakeProfile>(DraftIntake, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var request = IntakeDraft.From(intake).ToRequest(complete: false);

        Assert.Equal((intake.PriorEducation, intake.IntakeDate, intake.ExtendedIntake, intake.ProgressionWish),
            (request.PriorEducation, request.IntakeDate, request.ExtendedIntake, request.ProgressionWish));
        Assert.Equal(intake.Participants, request.Participants);
        Assert.Equal(intake.Needs, request.Needs);
        Assert.Equal(intake.Preferences!.Sectors, request.Preferences.Sectors);
        Assert.Equal(intake.Preferences.AvoidCompanies, request.Preferences.AvoidCompanies);
        Assert.Equal(intake.TalentScan!.Strengths, request.TalentScan.Strengths);
    }

    [Fact]
    public void An_intake_saved_meanwhile_by_someone_else_says_so_keeps_the_form_and_offers_to_reload()
    {
        var atRevision3 = DraftIntake.Replace("\"status\":\"draft\"", "\"status\":\"draft\",\"revision\":3", StringComparison.Ordinal);
        var stub = Api(HttpStatusCode.Conflict, """{"status":409,"title":"Conflict","rule":"intake-changed"}""", intakeJson: atRevision3);

        var page = Render<IntakeEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("input[data-testid=sectors]").Change("zorg");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Iemand anders heeft de intake intussen opgeslagen", page.Markup));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == SaveCall).Body);
        Assert.Equal(3, body.RootElement.GetProperty("revision").GetInt32());
        Assert.Equal("zorg", page.Find("input[data-testid=sectors]").GetAttribute("value"));

        page.Find("button[data-testid=reload-intake]").Click();
        page.WaitForAssertion(() => Assert.Equal("zorg, retail", page.Find("input[data-testid=sectors]").GetAttribute("value")));
        Assert.Empty(page.FindAll("button[data-testid=reload-intake]"));
    }

    [Fact]
    public void A_second_draft_save_builds_on_the_first_ones_revision()
    {
        var saved = DraftIntake.Replace("\"status\":\"draft\"", "\"status\":\"draft\",\"revision\":4", StringComparison.Ordinal);
        var stub = Api(HttpStatusCode.OK, saved);

        var page = Render<IntakeEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("form").Submit();
        page.WaitForElement("[data-testid=intake-saved]");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(2, stub.Bodies.Count(b => b.Call == SaveCall)));
        var revisions = stub.Bodies.Where(b => b.Call == SaveCall).Select(b => JsonDocument.Parse(b.Body).RootElement.GetProperty("revision").GetInt32()).ToList();
        Assert.Equal([0, 4], revisions);
    }
}
