using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Plans;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class ReviewPanelTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000d001");
    private static readonly Guid ReviewId = Guid.Parse("66666666-6666-6666-6666-666666666601");
    private static readonly Guid OpenGoal = Guid.Parse("77777777-7777-7777-7777-777777777701");
    private static readonly string HoldCall = $"POST /api/reviews/{ReviewId}/hold";

    private StubHttpClientFactory Api(HttpStatusCode holdStatus, string holdJson) => UseApis(new()
    {
        [$"GET /api/students/{StudentId}/reviews"] = (HttpStatusCode.OK, $$"""
            [{"reviewId":"{{ReviewId}}","studentId":"{{StudentId}}","scheduledAt":"2026-12-01T09:00:00Z","participants":["student","mentor"],
              "status":"scheduled","discussion":null,"feedForward":[],"heldAt":null}]
            """),
        [$"GET /api/students/{StudentId}/assessments"] = (HttpStatusCode.OK, "[]"),
        [$"GET /api/students/{StudentId}/plan"] = (HttpStatusCode.OK, $$"""
            {"studentId":"{{StudentId}}","approach":null,"reviewEveryWeeks":6,"revision":2,"agreements":[],"updatedAt":"2026-11-01T10:00:00Z",
             "goals":[{"goalId":"{{OpenGoal}}","title":"Op tijd beginnen","criterionKey":"punctuality","needsCategory":null,"concernsWorkplace":true,"status":"open","note":null},
                      {"goalId":"77777777-7777-7777-7777-777777777702","title":"Hulp vragen","criterionKey":"collaboration","needsCategory":null,"concernsWorkplace":false,"status":"met","note":null}]}
            """),
        [HoldCall] = (holdStatus, holdJson),
    });

    [Fact]
    public void Holding_a_review_records_each_goal_still_in_play_and_the_new_agreements()
    {
        var stub = Api(HttpStatusCode.OK, "{}");

        var panel = Render<ReviewPanel>(p => p.Add(c => c.StudentId, StudentId));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=review-goal]")));
        Assert.Contains("Op tijd beginnen", panel.Find("[data-testid=review-goal]").TextContent);
        panel.Find("[data-testid=review-discussion]").Change("Stiptheid besproken.");
        panel.Find("button[data-testid=review-add-agreement]").Click();
        panel.WaitForElement("[data-testid=review-agreement] textarea").Change("Zelf een weekplanning maken");
        panel.Find("input[data-testid=review-goal-note]").Change("Drie weken op tijd");
        panel.Find("button[data-testid=review-hold]").Click();

        panel.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == HoldCall));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == HoldCall).Body);
        var root = body.RootElement;
        Assert.Equal("Stiptheid besproken.", root.GetProperty("discussion").GetString());
        var outcome = Assert.Single(root.GetProperty("goalOutcomes").EnumerateArray());
        Assert.Equal(OpenGoal, outcome.GetProperty("goalId").GetGuid());
        Assert.Equal("open", outcome.GetProperty("status").GetString());
        Assert.Equal("Drie weken op tijd", outcome.GetProperty("note").GetString());
        var agreement = Assert.Single(root.GetProperty("newAgreements").EnumerateArray());
        Assert.Equal(("goal", "Zelf een weekplanning maken"), (agreement.GetProperty("kind").GetString(), agreement.GetProperty("text").GetString()));
    }

    [Fact]
    public void Guidances_refusal_of_an_empty_agreement_shows_at_that_agreement()
    {
        Api(HttpStatusCode.BadRequest, """{"status":400,"errors":{"newAgreements[0].text":["An agreement needs text of at most 1000 characters."]}}""");

        var panel = Render<ReviewPanel>(p => p.Add(c => c.StudentId, StudentId));
        panel.WaitForElement("button[data-testid=review-add-agreement]").Click();
        panel.WaitForElement("[data-testid=review-agreement]");
        panel.Find("button[data-testid=review-hold]").Click();

        // The portal's own sentence in the user's language, never Guidance's English.
        panel.WaitForAssertion(() => Assert.Contains("Een afspraak heeft tekst nodig, van hoogstens 1000 tekens.", panel.Find("[data-testid=review-agreement]").TextContent));
        Assert.DoesNotContain("An agreement needs text", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_open_and_adjusted_goals_are_offered_and_blank_texts_are_sent_as_absent()
    {
        var plan = new Plan(StudentId, null,
        [
            new PlanGoal(OpenGoal, "Op tijd", "punctuality", null, true, "open", null),
            new PlanGoal(Guid.NewGuid(), "Plannen", "planning", null, false, "adjusted", null),
            new PlanGoal(Guid.NewGuid(), "Klaar", "collaboration", null, false, "met", null),
            new PlanGoal(Guid.NewGuid(), "Weg", "initiative", null, false, "dropped", null),
        ], 6, 3);

        var draft = ReviewOutcomeDraft.From(plan);
        draft.Goals[0].Status = "adjusted";
        draft.Goals[0].AdjustedTitle = "  Om 8 uur beginnen ";
        draft.Goals[1].Note = "   ";
        draft.AddAgreement().Text = "  Bellen bij ziekte ";

        Assert.Equal(["Op tijd", "Plannen"], draft.Goals.Select(g => g.Title));
        Assert.Equal(new ReviewGoalOutcome(OpenGoal, "adjusted", "Om 8 uur beginnen", null), draft.ToOutcomes()[0]);
        Assert.Null(draft.ToOutcomes()[1].Note);
        Assert.Equal(new ReviewNewAgreement("goal", "Bellen bij ziekte"), Assert.Single(draft.ToAgreements()));
        Assert.Empty(ReviewOutcomeDraft.From(null).Goals);
    }
}
