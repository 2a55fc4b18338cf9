using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The events Notifications reads from Guidance, as they arrive on the broker.</summary>
public sealed class GuidanceEventsTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync()
    {
        var student = TestData.Student(_mentor);
        var placement = TestData.Placement(student.Id, _company);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        return (student, placement);
    }

    private static SavePlanRequest Plan(int reviewEveryWeeks) => new(
        null,
        [new PlanGoal(Guid.Empty, "Op tijd komen en afmelden", "punctuality", null, true, GoalStatus.Open, null)],
        [],
        reviewEveryWeeks,
        null);

    [Fact]
    public async Task A_submitted_assessment_names_its_needs_attention_and_the_criteria_two_levels_from_another_roles_latest()
    {
        var (student, placement) = await ArrangeAsync();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AttitudeAssessmentSubmitted>());

        var self = await fixture.Student(student.Id).AssessAsync(student.Id,
            TestData.Start(AssessorRole.Self, ratings: TestData.Ratings(AttitudeLevel.Competent, ("punctuality", AttitudeLevel.NeedsAttention))));
        var selfEvent = await events.WaitForAsync<AttitudeAssessmentSubmitted>(e => e.AssessmentId == self.AssessmentId);
        Assert.Equal(student.Id, selfEvent.StudentId);
        Assert.Null(selfEvent.PlacementId);
        Assert.Equal("self", selfEvent.AssessorRole);
        Assert.Equal("formative", selfEvent.Kind);
        Assert.Equal(self.SubmittedAt, selfEvent.SubmittedAt);
        Assert.Equal(["punctuality"], selfEvent.NeedsAttentionCriteria);
        Assert.Empty(selfEvent.DiscrepantCriteria);
        Assert.Null(selfEvent.AssessorStaffId);
        // Every criterion's level, 1–4, in the framework's order.
        Assert.Equal<CriterionLevel>([.. TestData.Keys.Select(k => new CriterionLevel(k, k == "punctuality" ? 1 : 3))], selfEvent.Levels!);

        // Punctuality 4 against the student's 1 is apart; a gap of one level is not, nor is "not observed".
        var trainer = await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, TestData.Ratings(
            AttitudeLevel.Competent, ("punctuality", AttitudeLevel.Strong), ("initiative", AttitudeLevel.Developing), ("cooperation", AttitudeLevel.NotObserved))));
        var trainerEvent = await events.WaitForAsync<AttitudeAssessmentSubmitted>(e => e.AssessmentId == trainer.AssessmentId);
        Assert.Equal("trainer", trainerEvent.AssessorRole);
        Assert.Equal(placement.Id, trainerEvent.PlacementId);
        Assert.Empty(trainerEvent.NeedsAttentionCriteria);
        Assert.Equal(["punctuality"], trainerEvent.DiscrepantCriteria);
        Assert.Null(trainerEvent.AssessorStaffId);
        // "Not observed" is no level: cooperation is left out.
        Assert.Equal<CriterionLevel>(
            [.. TestData.Keys.Where(k => k != "cooperation").Select(k => new CriterionLevel(k, k switch { "punctuality" => 4, "initiative" => 2, _ => 3 }))],
            trainerEvent.Levels!);

        // The mentor's punctuality (3) is two from the self-assessment's and one from the trainer's; communication (1)
        // is two from both. Criteria come in the framework's order.
        var mentor = await fixture.Mentor(_mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor,
            ratings: TestData.Ratings(AttitudeLevel.Competent, ("communication", AttitudeLevel.NeedsAttention))) with { Kind = AssessmentKind.Summative });
        var mentorEvent = await events.WaitForAsync<AttitudeAssessmentSubmitted>(e => e.AssessmentId == mentor.AssessmentId);
        Assert.Equal("mentor", mentorEvent.AssessorRole);
        Assert.Equal("summative", mentorEvent.Kind);
        Assert.Equal(["communication"], mentorEvent.NeedsAttentionCriteria);
        Assert.Equal(["punctuality", "communication"], mentorEvent.DiscrepantCriteria);
        Assert.Equal(_mentor, mentorEvent.AssessorStaffId);
    }

    [Fact]
    public async Task A_corrected_assessment_no_longer_counts_for_discrepancies_and_a_refused_submit_publishes_nothing()
    {
        var (student, placement) = await ArrangeAsync();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AttitudeAssessmentSubmitted>());
        var studentClient = fixture.Student(student.Id);
        var original = await studentClient.AssessAsync(student.Id, TestData.Start(AssessorRole.Self, ratings: TestData.Ratings(AttitudeLevel.NeedsAttention)));
        var correction = await studentClient.AssessAsync(student.Id, TestData.Start(AssessorRole.Self, supersedes: original.AssessmentId));
        Assert.Empty((await events.WaitForAsync<AttitudeAssessmentSubmitted>(e => e.AssessmentId == correction.AssessmentId)).NeedsAttentionCriteria);

        var trainer = fixture.Trainer(_company);
        var draft = await trainer.StartAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, TestData.Ratings(AttitudeLevel.Strong)));
        await (await fixture.Trainer(Guid.NewGuid()).PostAsync($"/api/assessments/{draft.AssessmentId}/submit", null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await fixture.OutboxCountAsync(nameof(AttitudeAssessmentSubmitted), draft.AssessmentId.ToString()));

        // Strong (4) against the correction's competent (3) everywhere: nothing apart, though the corrected original (1) would be.
        await trainer.SubmitAsync(draft.AssessmentId);
        var trainerEvent = await events.WaitForAsync<AttitudeAssessmentSubmitted>(e => e.AssessmentId == draft.AssessmentId);
        Assert.Empty(trainerEvent.DiscrepantCriteria);
        Assert.Equal(1, await fixture.OutboxCountAsync(nameof(AttitudeAssessmentSubmitted), draft.AssessmentId.ToString()));
    }

    [Fact]
    public async Task Plans_and_reviews_publish_their_rhythm_schedule_holding_and_cancelling()
    {
        var (student, _) = await ArrangeAsync();
        await using var events = await fixture.CollectEventsAsync(c => c
            .Collect<PlanUpdated>().Collect<ReviewScheduled>().Collect<ReviewHeld>().Collect<ReviewCancelled>());
        var mentor = fixture.Mentor(_mentor);

        var plan = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", Plan(6))).ReadAsync<PlanResponse>();
        var created = await events.WaitForAsync<PlanUpdated>(e => e.StudentId == student.Id && e.Version == 1);
        Assert.Equal(6, created.ReviewEveryWeeks);
        Assert.Equal(plan.UpdatedAt, created.UpdatedAt);

        var scheduled = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews",
            new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(2), ["student", "mentor", "trainer"]))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var scheduledEvent = await events.WaitForAsync<ReviewScheduled>(e => e.ReviewId == scheduled.ReviewId);
        Assert.Equal(student.Id, scheduledEvent.StudentId);
        Assert.Equal(scheduled.ScheduledAt, scheduledEvent.ScheduledAt);
        Assert.Equal(["student", "mentor", "trainer"], scheduledEvent.Participants);
        Assert.Equal(_mentor.ToString(), scheduledEvent.ScheduledBy);

        // A review that changes a goal is a plan revision too.
        var held = await (await mentor.PostJsonAsync($"/api/reviews/{scheduled.ReviewId}/hold", new HoldReviewRequest(
            "Stiptheid besproken.", [new GoalOutcome(plan.Goals[0].GoalId, GoalStatus.Met, null, null)], []))).ReadAsync<ReviewResponse>();
        var heldEvent = await events.WaitForAsync<ReviewHeld>(e => e.ReviewId == scheduled.ReviewId);
        Assert.Equal(student.Id, heldEvent.StudentId);
        Assert.Equal(scheduled.ScheduledAt, heldEvent.ScheduledAt);
        Assert.Equal(held.HeldAt, heldEvent.HeldAt);
        Assert.Equal(DateOnly.FromDateTime(held.HeldAt!.Value.UtcDateTime).AddDays(42), heldEvent.NextReviewDue);
        var revised = await events.WaitForAsync<PlanUpdated>(e => e.StudentId == student.Id && e.Version == 2);
        Assert.Equal(6, revised.ReviewEveryWeeks);

        var next = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(40), null)))
            .ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        Assert.Equal(["student", "mentor"], (await events.WaitForAsync<ReviewScheduled>(e => e.ReviewId == next.ReviewId)).Participants);
        await (await fixture.Mentor(Guid.NewGuid()).PostAsync($"/api/reviews/{next.ReviewId}/cancel", null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        var before = DateTimeOffset.UtcNow;
        await (await mentor.PostAsync($"/api/reviews/{next.ReviewId}/cancel", null)).AssertStatusAsync(HttpStatusCode.OK);
        var cancelled = await events.WaitForAsync<ReviewCancelled>(e => e.ReviewId == next.ReviewId);
        Assert.Equal(student.Id, cancelled.StudentId);
        Assert.InRange(cancelled.CancelledAt, before, DateTimeOffset.UtcNow);
        Assert.Single(events.All<ReviewCancelled>(), e => e.StudentId == student.Id);
    }

    [Fact]
    public async Task A_plan_update_carries_each_goals_area_and_status_without_its_title_or_note()
    {
        var (student, _) = await ArrangeAsync();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlanUpdated>());
        var mentor = fixture.Mentor(_mentor);
        var request = new SavePlanRequest(null,
        [
            new PlanGoal(Guid.Empty, "Op tijd komen en afmelden", "punctuality", null, true, GoalStatus.Open, "Wekker eerder zetten"),
            new PlanGoal(Guid.Empty, "Uitzoeken wat niveau 3 vraagt", null, NeedsCategory.FutureWishes, false, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Weekplanning maken voor school en werk", "initiative", NeedsCategory.Structure, true, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Een rustige plek thuis om te leren", null, NeedsCategory.PrivateCircumstances, false, GoalStatus.Open, "Besproken met zorg"),
            new PlanGoal(Guid.Empty, "Rustig blijven bij kritiek", null, NeedsCategory.Pedagogical, true, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Rekenen oefenen met de app", null, NeedsCategory.Didactic, false, GoalStatus.Open, null),
        ], [], 6, null);

        var plan = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", request)).ReadAsync<PlanResponse>();
        var created = await events.WaitForAsync<PlanUpdated>(e => e.StudentId == student.Id && e.Version == 1);
        // The needs category the goal answers wins over its criterion; a criterion alone makes it an attitude goal.
        Assert.Equal<PlanGoalFact>(
        [
            new(plan.Goals[0].GoalId, "attitude", "punctuality", "open", true),
            new(plan.Goals[1].GoalId, "futureWishes", null, "open", false),
            new(plan.Goals[2].GoalId, "structure", "initiative", "open", true),
            new(plan.Goals[3].GoalId, "privateCircumstances", null, "open", false),
            new(plan.Goals[4].GoalId, "pedagogical", null, "open", true),
            new(plan.Goals[5].GoalId, "didactic", null, "open", false),
        ], created.Goals!);

        // A held review's outcomes are the next version's statuses.
        var scheduled = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(-1), null)))
            .ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync($"/api/reviews/{scheduled.ReviewId}/hold", new HoldReviewRequest("Doelen besproken.",
        [
            new GoalOutcome(plan.Goals[1].GoalId, GoalStatus.Met, null, "Open dag bezocht"),
            new GoalOutcome(plan.Goals[2].GoalId, GoalStatus.Adjusted, "Dagplanning maken", null),
            new GoalOutcome(plan.Goals[5].GoalId, GoalStatus.Dropped, null, null),
        ], []))).AssertStatusAsync(HttpStatusCode.OK);
        var revised = await events.WaitForAsync<PlanUpdated>(e => e.StudentId == student.Id && e.Version == 2);
        Assert.Equal(["open", "met", "adjusted", "open", "open", "dropped"], revised.Goals!.Select(g => g.Status));
        Assert.Equal(created.Goals!.Select(g => (g.GoalId, g.Area)), revised.Goals!.Select(g => (g.GoalId, g.Area)));

        // What was written stays in Guidance: the published payloads hold the goals' ids, never a title or a note.
        Assert.Equal(2, await fixture.OutboxCountAsync(nameof(PlanUpdated), plan.Goals[3].GoalId.ToString()));
        foreach (var written in new[] { "Uitzoeken wat niveau 3", "Een rustige plek", "Besproken met zorg", "Wekker eerder", "Dagplanning", "Open dag bezocht" })
        {
            Assert.Equal(0, await fixture.OutboxCountAsync(nameof(PlanUpdated), written));
        }
    }

    [Fact]
    public async Task Without_a_plan_the_next_review_is_due_eight_weeks_after_the_one_held()
    {
        var (student, _) = await ArrangeAsync();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<ReviewHeld>());
        var mentor = fixture.Mentor(_mentor);
        var scheduled = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(-1), null)))
            .ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var held = await (await mentor.PostJsonAsync($"/api/reviews/{scheduled.ReviewId}/hold", new HoldReviewRequest("Kennismaking.", [], []))).ReadAsync<ReviewResponse>();

        var heldEvent = await events.WaitForAsync<ReviewHeld>(e => e.ReviewId == scheduled.ReviewId);
        Assert.Equal(DateOnly.FromDateTime(held.HeldAt!.Value.UtcDateTime).AddDays(56), heldEvent.NextReviewDue);
        Assert.Equal(0, await fixture.OutboxCountAsync(nameof(PlanUpdated), student.Id.ToString()));
    }
}
