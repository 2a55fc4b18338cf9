using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Mentor;
using PartnershipHub.Portal.Plans;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class PlanEditorTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");
    private static readonly Guid GoalId = Guid.Parse("77777777-7777-7777-7777-777777777777");
    private static readonly string PlanCall = $"PUT /api/students/{StudentId}/plan";

    private const string PlanJson = """
        {"studentId":"5eed0000-0000-0000-0000-00000000b001","approach":"Korte dagstart met vaste taken","reviewEveryWeeks":4,"revision":3,
         "goals":[{"goalId":"77777777-7777-7777-7777-777777777777","title":"Op tijd beginnen","criterionKey":"punctuality","needsCategory":null,
                   "concernsWorkplace":true,"status":"open","note":null}],
         "agreements":[{"agreementId":"88888888-8888-8888-8888-888888888888","kind":"behaviour","text":"Bij ziekte voor 8 uur bellen","madeOn":"2026-10-01"}],
         "updatedAt":"2026-10-01T10:00:00Z"}
        """;

    private StubHttpClientFactory Api(HttpStatusCode saveStatus, string saveJson, HttpStatusCode planStatus = HttpStatusCode.OK)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK,
                $$"""{"id":"{{StudentId}}","studentNumber":"9001","firstName":"Sam","lastName":"de Vries","cohort":"2025","status":"active","crebo":"25655","intakeComplete":true}"""),
            ["GET /api/frameworks/current?crebo=25655"] = (HttpStatusCode.OK, """
                {"frameworkId":"99999999-9999-9999-9999-999999999999","key":"beroepshouding","version":1,"name":"Beroepshouding",
                 "criteria":[{"key":"punctuality","name":"Op tijd en afspraken nakomen","description":null,"descriptors":{}},
                             {"key":"collaboration","name":"Samenwerken","description":null,"descriptors":{}}]}
                """),
            [$"GET /api/students/{StudentId}/plan"] = (planStatus, planStatus == HttpStatusCode.OK ? PlanJson : """{"status":404}"""),
            [PlanCall] = (saveStatus, saveJson),
        });
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");
        return stub;
    }

    [Fact]
    public void The_mentor_adds_a_goal_and_saves_the_whole_plan_at_the_revision_it_was_read()
    {
        var stub = Api(HttpStatusCode.OK, PlanJson.Replace("\"revision\":3", "\"revision\":4", StringComparison.Ordinal));

        var page = Render<PlanEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForAssertion(() => Assert.Equal("Versie 3", page.Find("[data-testid=plan-revision]").TextContent));
        page.Find("button[data-testid=add-goal]").Click();
        // The click is dispatched to the renderer; wait for the second goal rather than assume the render already ran.
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=plan-goal]").Count));
        page.FindAll("[data-testid=plan-goal]")[1].QuerySelector("input")!.Change("Hulp vragen als iets niet lukt");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=plan-saved]")));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == PlanCall).Body);
        var root = body.RootElement;
        Assert.Equal(3, root.GetProperty("expectedRevision").GetInt32());
        Assert.Equal("Korte dagstart met vaste taken", root.GetProperty("approach").GetString());
        Assert.Equal(2, root.GetProperty("goals").GetArrayLength());
        Assert.Equal(GoalId, root.GetProperty("goals")[0].GetProperty("goalId").GetGuid());
        Assert.Equal("punctuality", root.GetProperty("goals")[0].GetProperty("criterionKey").GetString());
        Assert.Equal("Hulp vragen als iets niet lukt", root.GetProperty("goals")[1].GetProperty("title").GetString());
        Assert.Equal(Guid.Empty, root.GetProperty("goals")[1].GetProperty("goalId").GetGuid());
        Assert.Equal("Bij ziekte voor 8 uur bellen", root.GetProperty("agreements")[0].GetProperty("text").GetString());
        Assert.Equal("Versie 4", page.Find("[data-testid=plan-revision]").TextContent);
    }

    [Fact]
    public void A_goal_without_a_link_shows_guidances_sentence_at_that_goal()
    {
        Api(HttpStatusCode.BadRequest, """{"status":400,"errors":{"goals[1]":["A goal is linked to an attitude criterion or a needs category."]}}""");

        var page = Render<PlanEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("button[data-testid=add-goal]").Click();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=plan-goal]").Count));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("linked to an attitude criterion", page.FindAll("[data-testid=plan-goal]")[1].TextContent));
        Assert.DoesNotContain("linked to an attitude criterion", page.FindAll("[data-testid=plan-goal]")[0].TextContent);
    }

    [Fact]
    public void A_plan_saved_meanwhile_by_someone_else_says_so_and_offers_to_reload()
    {
        Api(HttpStatusCode.Conflict, """{"status":409,"title":"Conflict","rule":"plan-changed"}""");

        var page = Render<PlanEditor>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForElement("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Iemand anders heeft het plan intussen opgeslagen", page.Markup));
        Assert.NotNull(page.Find("button[data-testid=reload-plan]"));
    }

    [Fact]
    public void A_student_without_a_plan_gets_a_new_one_at_revision_zero()
    {
        Api(HttpStatusCode.OK, PlanJson, planStatus: HttpStatusCode.NotFound);

        var page = Render<PlanEditor>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Equal("Nog geen plan: je maakt het eerste.", page.Find("[data-testid=plan-revision]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_draft_maps_needs_goals_and_blank_texts_back_as_guidance_reads_them()
    {
        var draft = PlanDraft.From(null);
        var goal = draft.AddGoal();
        goal.Title = "  Rust in de week  ";
        goal.Link = PlanDraft.NeedsPrefix + "structure";
        goal.Note = "   ";
        draft.Approach = " ";

        var request = draft.ToRequest();

        Assert.Null(request.Approach);
        Assert.Equal(0, request.ExpectedRevision);
        var sent = Assert.Single(request.Goals);
        Assert.Equal(("Rust in de week", (string?)null, "structure", (string?)null, "open"), (sent.Title, sent.CriterionKey, sent.NeedsCategory, sent.Note, sent.Status));
    }
}
