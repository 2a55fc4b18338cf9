using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class PlansAndReviewsApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();

    private static SavePlanRequest Plan(int? expectedRevision = null) => new(
        "Korte, concrete opdrachten; wekelijks even bijpraten.",
        [
            new PlanGoal(Guid.Empty, "Op tijd komen en afmelden", "punctuality", null, true, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Hulp zoeken bij thuissituatie", null, NeedsCategory.PrivateCircumstances, true, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Rekenen bijwerken", null, NeedsCategory.Didactic, false, GoalStatus.Open, null),
        ],
        [new PlanAgreement(Guid.Empty, AgreementKind.Behaviour, "Afmelden vóór 8:00 bij de praktijkopleider", new DateOnly(2026, 9, 1))],
        6,
        expectedRevision);

    private async Task<StudentCopy> ArrangeAsync()
    {
        var student = TestData.Student(_mentor);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(TestData.Placement(student.Id, _company));
            return db.SaveChangesAsync();
        });
        return student;
    }

    [Fact]
    public async Task The_mentor_writes_the_plan_and_every_change_is_kept_in_its_history()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var created = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan(0))).ReadAsync<PlanResponse>();
        Assert.Equal(1, created.Revision);
        Assert.All(created.Goals, g => Assert.NotEqual(Guid.Empty, g.GoalId));

        var edited = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan(1) with { ReviewEveryWeeks = 4 })).ReadAsync<PlanResponse>();
        Assert.Equal(2, edited.Revision);
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan(1))).AssertConflictAsync("plan-changed");

        var history = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/plan/history")).ReadAsync<List<PlanRevision>>();
        Assert.Equal([6, 4], history.Select(h => h.ReviewEveryWeeks));
        Assert.Equal(["created", "edited"], history.Select(h => h.Reason));
    }

    [Fact]
    public async Task Plan_input_errors_name_the_field_and_only_the_mentor_edits()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan() with { ReviewEveryWeeks = 0 })).AssertFieldErrorAsync("reviewEveryWeeks");
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan() with { Goals = [new PlanGoal(Guid.Empty, "Los doel", null, null, false, GoalStatus.Open, null)] })).AssertFieldErrorAsync("goals[0]");
        await (await fixture.Mentor(Guid.NewGuid()).PutJsonAsync($"/api/students/{student.Id}/plan", Plan())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).PutJsonAsync($"/api/students/{student.Id}/plan", Plan())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}/plan")).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_trainer_sees_only_workplace_goals_and_never_care_related_ones()
    {
        var student = await ArrangeAsync();
        await (await fixture.Mentor(_mentor).PutJsonAsync($"/api/students/{student.Id}/plan", Plan())).AssertStatusAsync(HttpStatusCode.OK);

        var seen = await (await fixture.Trainer(_company).GetAsync($"/api/students/{student.Id}/plan")).ReadAsync<PlanResponse>();
        Assert.Equal(["Op tijd komen en afmelden"], seen.Goals.Select(g => g.Title));
        Assert.Null(seen.Approach);
        Assert.Empty(seen.Agreements);

        await (await fixture.Trainer(Guid.NewGuid()).GetAsync($"/api/students/{student.Id}/plan")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(Guid.NewGuid()).GetAsync($"/api/students/{student.Id}/plan")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).GetAsync($"/api/students/{student.Id}/reviews")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Holding_a_review_pulls_in_feed_forward_since_the_last_review_and_updates_the_plan()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var plan = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan())).ReadAsync<PlanResponse>();
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));

        var first = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(1), ["student", "mentor", "trainer", "parent"])))
            .ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var held = await (await mentor.PostJsonAsync($"/api/reviews/{first.ReviewId}/hold", new HoldReviewRequest(
            "Stiptheid besproken met praktijkopleider.",
            [new GoalOutcome(plan.Goals[0].GoalId, GoalStatus.Met, null, "Vier weken op tijd")],
            [new NewAgreement(AgreementKind.Goal, "Zelf een weekplanning maken")]))).ReadAsync<ReviewResponse>();
        Assert.Equal(ReviewStatus.Held, held.Status);
        Assert.Single(held.FeedForward);

        var after = await (await mentor.GetAsync($"/api/students/{student.Id}/plan")).ReadAsync<PlanResponse>();
        Assert.Equal(GoalStatus.Met, after.Goals[0].Status);
        Assert.Equal(2, after.Agreements.Count);
        Assert.Equal(2, after.Revision);

        // Only feed-forward from assessments submitted after the previous review.
        var self = await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self));
        var second = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(30), null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var heldAgain = await (await mentor.PostJsonAsync($"/api/reviews/{second.ReviewId}/hold", new HoldReviewRequest("Kort bijgepraat.", [], []))).ReadAsync<ReviewResponse>();
        Assert.Equal([self.AssessmentId], heldAgain.FeedForward.Select(f => f.AssessmentId));

        await (await mentor.PostJsonAsync($"/api/reviews/{second.ReviewId}/hold", new HoldReviewRequest("Nog eens.", [], []))).AssertConflictAsync("review-not-scheduled");
        var reviews = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/reviews")).ReadAsync<List<ReviewResponse>>();
        Assert.Equal(2, reviews.Count);
    }

    [Fact]
    public async Task Review_input_is_checked()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow, ["student", "neighbour", "mentor"]))).AssertFieldErrorAsync("participants");
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow, ["mentor"]))).AssertFieldErrorAsync("participants");
        var review = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow, null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("", [], []))).AssertFieldErrorAsync("discussion");
        await (await mentor.PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("x", [new GoalOutcome(Guid.NewGuid(), GoalStatus.Met, null, null)], []))).AssertFieldErrorAsync("goalOutcomes");
        await (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("x", [], []))).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_review_with_an_empty_new_agreement_or_an_overlong_goal_note_is_refused_naming_it_and_nothing_changes()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var plan = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan())).ReadAsync<PlanResponse>();
        var review = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow, null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var met = new GoalOutcome(plan.Goals[0].GoalId, GoalStatus.Met, null, null);

        await (await mentor.PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("Besproken.", [met], [new NewAgreement(AgreementKind.Behaviour, "  ")])))
            .AssertFieldErrorAsync("newAgreements[0].text");
        await (await mentor.PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("Besproken.", [met with { Note = new string('n', 1001) }], [])))
            .AssertFieldErrorAsync("goalOutcomes[0].note");

        var after = await (await mentor.GetAsync($"/api/students/{student.Id}/plan")).ReadAsync<PlanResponse>();
        Assert.Equal(plan.Revision, after.Revision);
        Assert.Equal(plan.Goals[0].Status, after.Goals[0].Status);
        var reviews = await (await mentor.GetAsync($"/api/students/{student.Id}/reviews")).ReadAsync<List<ReviewResponse>>();
        Assert.Equal(ReviewStatus.Scheduled, Assert.Single(reviews).Status);
    }
}
