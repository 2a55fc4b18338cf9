using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Pages.Mentor;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Extensions;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The mentor's student view: the header after planning a review, one line per discrepancy, the assessors' observations, the talent scan beside the plan.</summary>
public sealed class MentorStudentViewTests : PortalTestContext
{
    internal static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");
    private static readonly Guid ReviewId = Guid.Parse("66666666-6666-6666-6666-666666666601");

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 9, 0, 0, TimeSpan.Zero);

    internal static StudentProgress Progress(NextReview? nextReview) => new(
        StudentId, "Sanne Jansen", "900001", "2025-VK2", "active",
        new ProgressEnrolment("25258", "Verkoper", 2, "bol", new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1)), null,
        new ProgressPlacement(Guid.NewGuid(), Guid.NewGuid(), "Bakkerij De Korenaar", "Jan Bakker", new DateOnly(2026, 9, 1), null, "active", []),
        new ProgressAssignments(new Dictionary<string, int> { ["agreed"] = 1, ["changeRequested"] = 1 },
            [new ProgressAssignment(Guid.NewGuid(), "Klantgesprek", "agreed", null), new ProgressAssignment(Guid.NewGuid(), "Schap inrichten", "changeRequested", null)]),
        null, [],
        [
            new CriterionProgress("punctuality", "Stiptheid", new Dictionary<string, string> { ["self"] = "strong", ["trainer"] = "needsAttention", ["mentor"] = "needsAttention" }, true,
            [
                new GrowthPoint(At(10, 1), "trainer", "developing", Guid.NewGuid()),
                new GrowthPoint(At(11, 5), "mentor", "needsAttention", Guid.NewGuid()),
                new GrowthPoint(At(11, 10), "self", "strong", Guid.NewGuid()),
                new GrowthPoint(At(11, 12), "trainer", "needsAttention", Guid.NewGuid()),
            ]),
            new CriterionProgress("initiative", "Initiatief", new Dictionary<string, string> { ["self"] = "strong", ["teacher"] = "developing" }, true,
            [
                new GrowthPoint(At(10, 10), "teacher", "developing", Guid.NewGuid()),
                new GrowthPoint(At(11, 10), "self", "strong", Guid.NewGuid()),
            ]),
        ],
        [
            new Discrepancy("punctuality", "self", "strong", "trainer", "needsAttention"),
            new Discrepancy("punctuality", "self", "strong", "mentor", "needsAttention"),
            new Discrepancy("punctuality", "trainer", "needsAttention", "self", "strong"),
            new Discrepancy("punctuality", "mentor", "needsAttention", "self", "strong"),
            new Discrepancy("initiative", "self", "strong", "teacher", "developing"),
            new Discrepancy("initiative", "teacher", "developing", "self", "strong"),
            new Discrepancy("initiative", "self", "strong", "teacher", "developing"),
            new Discrepancy("initiative", "teacher", "developing", "self", "strong"),
        ],
        [
            new PlanGoal(Guid.NewGuid(), "Op tijd beginnen", "punctuality", null, true, "open", null),
            new PlanGoal(Guid.NewGuid(), "Rust in de week", null, "structure", false, "open", null),
        ],
        nextReview, []);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ApiClient.Json);

    private static readonly string Assessments = $$"""
        [{"assessmentId":"{{Guid.NewGuid()}}","studentId":"{{StudentId}}","frameworkId":"{{Guid.NewGuid()}}","assessorName":"Jan Bakker","role":"trainer","context":"placement",
          "placementId":"{{Guid.NewGuid()}}","kind":"formative","status":"submitted","overallComment":null,"feedForward":[],"createdAt":"2026-11-12T08:00:00Z","submittedAt":"2026-11-12T09:00:00Z","supersededById":null,
          "ratings":[{"criterionKey":"punctuality","level":"needsAttention","observation":"Drie keer te laat deze maand"},{"criterionKey":"initiative","level":"competent","observation":null}]},
         {"assessmentId":"{{Guid.NewGuid()}}","studentId":"{{StudentId}}","frameworkId":"{{Guid.NewGuid()}}","assessorName":"Mentor","role":"mentor","context":"school",
          "placementId":null,"kind":"formative","status":"draft","overallComment":null,"feedForward":[],"createdAt":"2026-11-13T08:00:00Z","submittedAt":null,"supersededById":null,
          "ratings":[{"criterionKey":"punctuality","level":"competent","observation":"Nog een concept"}]}]
        """;

    private StubHttpClientFactory Arrange(NextReview? nextReview)
    {
        Services.AddSingleton(new PortalSettings());
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor").SetClaims(new Claim("staff_id", "5eed0000-0000-0000-0000-00000000a001"));
        return UseApis(new()
        {
            [$"GET /api/students/{StudentId}/progress"] = (HttpStatusCode.OK, Json(Progress(nextReview))),
            [$"GET /api/students/{StudentId}/assessments"] = (HttpStatusCode.OK, Assessments),
            [$"GET /api/students/{StudentId}/reviews"] = (HttpStatusCode.OK, "[]"),
            [$"GET /api/students/{StudentId}/signals"] = (HttpStatusCode.OK, "[]"),
            [$"GET /api/students/{StudentId}/help-requests"] = (HttpStatusCode.OK, "[]"),
            [$"GET /api/students/{StudentId}/concerns?status=all"] = (HttpStatusCode.OK, "[]"),
            [$"GET /api/students/{StudentId}/intake"] = (HttpStatusCode.OK, $$$"""
                {"studentId":"{{{StudentId}}}","status":"completed","completedOn":"2025-09-05","priorEducation":"vmboBb","intakeDate":"2025-09-03","participants":["student"],
                 "extendedIntake":false,"needs":null,"progressionWish":"level3","preferences":null,
                 "talentScan":{"strengths":[{"name":"Klantvriendelijk","score":4},{"name":"Handig","score":null}],"developmentPoints":[{"name":"Plannen","score":2}]}}
                """),
            [$"POST /api/students/{StudentId}/reviews"] = (HttpStatusCode.Created, $$"""
                {"reviewId":"{{ReviewId}}","studentId":"{{StudentId}}","scheduledAt":"2026-12-14T09:00:00Z","participants":["student","mentor","trainer"],"status":"scheduled","discussion":null,"feedForward":[],"heldAt":null}
                """),
        });
    }

    [Fact]
    public void Planning_a_review_updates_the_next_review_in_the_header_without_a_reload()
    {
        var stub = Arrange(nextReview: null);
        var page = Render<StudentView>(p => p.Add(c => c.StudentId, StudentId));
        page.WaitForAssertion(() => Assert.Contains("niet gepland", page.Find("[data-testid=next-review]").TextContent));

        // What Guidance answers once the review is planned.
        stub.SetAnswer($"GET /api/students/{StudentId}/progress", HttpStatusCode.OK, Json(Progress(new NextReview(ReviewId, new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.Zero), false))));
        stub.SetAnswer($"GET /api/students/{StudentId}/reviews", HttpStatusCode.OK, $$"""
            [{"reviewId":"{{ReviewId}}","studentId":"{{StudentId}}","scheduledAt":"2026-12-14T09:00:00Z","participants":["student","mentor","trainer"],"status":"scheduled","discussion":null,"feedForward":[],"heldAt":null}]
            """);
        page.Find("[data-testid=review-panel] button").Click();

        page.WaitForAssertion(() =>
        {
            var header = page.Find("[data-testid=next-review]").TextContent;
            Assert.DoesNotContain("niet gepland", header);
            Assert.Contains("december 2026", header);
        });
        Assert.Contains($"POST /api/students/{StudentId}/reviews", stub.Calls);
    }

    [Fact]
    public void Discrepancies_are_one_line_per_criterion_saying_who_disagrees_by_how_much()
    {
        Arrange(nextReview: null);
        var page = Render<StudentView>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=discrepancy-line]").Count));
        var lines = page.FindAll("[data-testid=discrepancy-line]").Select(l => l.TextContent).ToList();
        Assert.Equal("Stiptheid: 3 niveaus verschil, hoogst Student zelf (Sterk), laagst Praktijkopleider (Aandacht nodig), Mentor (Aandacht nodig)", lines[0]);
        Assert.Equal("Initiatief: 2 niveaus verschil, hoogst Student zelf (Sterk), laagst Docent (In ontwikkeling)", lines[1]);
    }

    [Fact]
    public void The_mentor_sees_the_trainers_observation_per_criterion_and_no_drafts()
    {
        Arrange(nextReview: null);
        var page = Render<StudentView>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Contains("Drie keer te laat deze maand", page.Find("[data-testid=observations-of-punctuality]").TextContent));
        var line = page.Find("[data-testid=observations-of-punctuality]").TextContent;
        Assert.Contains("Praktijkopleider (Jan Bakker)", line);
        Assert.Contains("Aandacht nodig", line);
        Assert.DoesNotContain("Nog een concept", page.Markup);
    }

    [Fact]
    public void The_talent_scan_over_time_stands_beside_the_plan_with_each_goals_criterion()
    {
        Arrange(nextReview: null);
        var page = Render<StudentView>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => page.Find("[data-testid=talent-scan]"));
        var table = page.Find("[data-testid=talent-scan]");
        Assert.Equal(["Criterium", "Praktijkopleider", "Docent", "Mentor", "Student zelf", "Plandoelen"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var punctuality = page.Find("[data-testid=talent-scan-row-punctuality]").TextContent;
        Assert.Contains("In ontwikkeling", punctuality);
        Assert.Contains("Op tijd beginnen", punctuality);
        var goals = page.FindAll("[data-testid=plan-goal]").Select(g => g.TextContent).ToList();
        Assert.Contains("Criterium: Stiptheid — Praktijkopleider Aandacht nodig, Mentor Aandacht nodig, Student zelf Sterk", goals[0]);
        Assert.Contains("Gebied: Structuur", goals[1]);
        Assert.Equal($"/mentor/students/{StudentId}/beoordelen", page.Find("[data-testid=mentor-assess-link]").GetAttribute("href"));
        // Where the student started: the intake's talent scan, above the levels over time.
        page.WaitForAssertion(() => Assert.Contains("Talentenscan bij de intake van 3 september 2025", page.Find("[data-testid=intake-talents]").TextContent));
        var intake = page.Find("[data-testid=intake-talents]").TextContent;
        Assert.Contains("Klantvriendelijk (score 4 van 5), Handig", intake);
        Assert.Contains("Plannen (score 2 van 5)", intake);
        Assert.Equal(2, page.FindAll("[data-testid=assignments] li").Count);
    }

    [Fact]
    public void The_review_panel_shows_what_each_author_saw_since_the_last_review()
    {
        UseApis(new()
        {
            [$"GET /api/students/{StudentId}/reviews"] = (HttpStatusCode.OK, $$"""
                [{"reviewId":"{{ReviewId}}","studentId":"{{StudentId}}","scheduledAt":"2026-12-14T09:00:00Z","participants":["student","mentor"],"status":"scheduled","discussion":null,"feedForward":[],"heldAt":null}]
                """),
            [$"GET /api/students/{StudentId}/assessments"] = (HttpStatusCode.OK, Assessments),
            [$"GET /api/students/{StudentId}/plan"] = (HttpStatusCode.NotFound, ""),
        });

        var panel = Render<ReviewPanel>(p => p
            .Add(c => c.StudentId, StudentId)
            .Add(c => c.CriterionNames, [KeyValuePair.Create("punctuality", "Stiptheid"), KeyValuePair.Create("initiative", "Initiatief")]));

        panel.WaitForAssertion(() => Assert.Contains("Drie keer te laat deze maand", panel.Find("[data-testid=criterion-observations]").TextContent));
        Assert.Equal(["Stiptheid", "Initiatief"], panel.FindAll("[data-testid=criterion-observations] h4").Select(h => h.TextContent));
    }
}
