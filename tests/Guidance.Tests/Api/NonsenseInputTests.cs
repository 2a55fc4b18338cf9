using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>Input only Guidance can judge (which keys, which dates, who wrote what, how many): 400 naming the field, nothing stored.</summary>
public sealed class NonsenseInputTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
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

    private Task<int> AssessmentsAsync(Guid studentId) => fixture.InDatabaseAsync(db => db.Assessments.CountAsync(a => a.StudentId == studentId));

    private Task<int> PlanRevisionsAsync(Guid studentId) => fixture.InDatabaseAsync(db => db.PlanRevisions.CountAsync(r => r.StudentId == studentId));

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    private static PlanGoal Goal(string? criterion = "punctuality", Guid? id = null) =>
        new(id ?? Guid.Empty, "Op tijd komen", criterion, null, true, GoalStatus.Open, null);

    [Fact]
    public async Task A_mentor_cannot_mark_a_next_step_as_written_by_the_student()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var claimed = TestData.Start(AssessorRole.Mentor) with { FeedForward = [new FeedForwardStep("Ik ga vaker vragen stellen", true)] };
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/assessments", claimed)).AssertFieldErrorAsync("feedForward[0].byStudent");
        Assert.Equal(0, await AssessmentsAsync(student.Id));

        var draft = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        await (await mentor.PutJsonAsync($"/api/assessments/{draft.AssessmentId}", new EditAssessmentRequest(TestData.Ratings(AttitudeLevel.Competent), null, [new FeedForwardStep("Verzonnen", true)])))
            .AssertFieldErrorAsync("feedForward[0].byStudent");

        // The student's own step (added by the student) survives the mentor's edit as the student's.
        await (await fixture.Student(student.Id).PostJsonAsync($"/api/assessments/{draft.AssessmentId}/feed-forward", new StudentStepRequest("Ik maak een planning"))).AssertStatusAsync(HttpStatusCode.OK);
        var kept = await (await mentor.PutJsonAsync($"/api/assessments/{draft.AssessmentId}", new EditAssessmentRequest(TestData.Ratings(AttitudeLevel.Competent), null,
            [new FeedForwardStep("Ik maak een planning", true), new FeedForwardStep("Samen evalueren", false)]))).ReadAsync<AssessmentResponse>();
        Assert.Equal([true, false], kept.FeedForward.Select(s => s.ByStudent));

        // In a self-assessment the student writes every step, whatever the body says.
        var self = await fixture.Student(student.Id).StartAsync(student.Id, TestData.Start(AssessorRole.Self));
        Assert.All(self.FeedForward, s => Assert.True(s.ByStudent));
    }

    [Fact]
    public async Task Ratings_are_bounded_by_the_framework_version_assessed()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var many = Enumerable.Range(0, 5000).Select(i => new CriterionRating($"key-{i}", AttitudeLevel.Strong, null)).ToList();
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor, ratings: many))).AssertFieldErrorAsync("ratings");
        var twice = TestData.Ratings(AttitudeLevel.Competent);
        twice[1] = twice[0];
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor, ratings: twice))).AssertFieldErrorAsync("ratings");
        var steps = Enumerable.Range(0, 500).Select(i => new FeedForwardStep($"Stap {i}", false)).ToList();
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor) with { FeedForward = steps })).AssertFieldErrorAsync("feedForward");
        Assert.Equal(0, await AssessmentsAsync(student.Id));
    }

    [Fact]
    public async Task A_correction_keeps_the_context_and_kind_and_a_student_makes_no_summative_decision()
    {
        var (student, placement) = await ArrangeAsync();
        var trainer = fixture.Trainer(_company);
        var original = await trainer.AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id));
        var other = TestData.Placement(student.Id, _company);
        await fixture.RunAsync(db => { db.Placements.Add(other); return db.SaveChangesAsync(); });

        await (await trainer.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Trainer, other.Id, supersedes: original.AssessmentId)))
            .AssertFieldErrorAsync("placementId");
        await (await trainer.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Trainer, placement.Id, supersedes: original.AssessmentId) with { Kind = AssessmentKind.Summative }))
            .AssertFieldErrorAsync("kind");
        await (await fixture.Student(student.Id).PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Self) with { Kind = AssessmentKind.Summative }))
            .AssertFieldErrorAsync("kind");
        var proposed = TestData.Placement(student.Id, _company, PartnershipHub.Contracts.PlacementStatus.Proposed);
        await fixture.RunAsync(db => { db.Placements.Add(proposed); return db.SaveChangesAsync(); });
        await (await trainer.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Trainer, proposed.Id))).AssertFieldErrorAsync("placementId");
        Assert.Equal(1, await AssessmentsAsync(student.Id));
    }

    [Fact]
    public async Task A_signal_note_has_a_bounded_length()
    {
        var (student, _) = await ArrangeAsync();
        await fixture.RunAsync(db => new PartnershipHub.Guidance.Features.Signals.SignalRaiser(db, TimeProvider.System)
            .RaiseAsync(student.Id, SignalRule.PlacementAtRisk, "p", SignalText.AsWritten("e"), "/l", false, CancellationToken.None));
        var signal = await fixture.InDatabaseAsync(db => db.Signals.SingleAsync(s => s.StudentId == student.Id));
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/signals/{signal.Id}/acknowledge", new PartnershipHub.Guidance.Features.Signals.SignalNoteRequest(new string('x', 5000))))
            .AssertFieldErrorAsync("note");
        Assert.Equal(SignalStatus.Open, (await fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Id == signal.Id))).Status);
    }

    [Fact]
    public async Task Plan_goals_name_known_criteria_once_and_agreements_have_sensible_dates()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var url = $"/api/students/{student.Id}/plan";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        SavePlanRequest Plan(IReadOnlyList<PlanGoal> goals, IReadOnlyList<PlanAgreement>? agreements = null) => new(null, goals, agreements ?? [], 6, null);
        PlanAgreement Agreement(DateOnly madeOn) => new(Guid.Empty, AgreementKind.Behaviour, "Afmelden vóór 8:00", madeOn);

        await (await mentor.PutJsonAsync(url, Plan([Goal(), Goal("juggling")]))).AssertFieldErrorAsync("goals[1].criterionKey");
        var id = Guid.NewGuid();
        await (await mentor.PutJsonAsync(url, Plan([Goal(id: id), Goal(id: id)]))).AssertFieldErrorAsync("goals[1].goalId");
        await (await mentor.PutJsonAsync(url, Plan([.. Enumerable.Range(0, 5000).Select(_ => Goal())]))).AssertFieldErrorAsync("goals");
        await (await mentor.PutJsonAsync(url, Plan([Goal()], [Agreement(new DateOnly(1, 1, 1))]))).AssertFieldErrorAsync("agreements[0].madeOn");
        await (await mentor.PutJsonAsync(url, Plan([Goal()], [Agreement(new DateOnly(9999, 12, 31))]))).AssertFieldErrorAsync("agreements[0].madeOn");
        await (await mentor.PutJsonAsync(url, Plan([Goal()], [Agreement(today.AddDays(30))]))).AssertFieldErrorAsync("agreements[0].madeOn");
        await (await mentor.PutJsonAsync(url, Plan([Goal()], [Agreement(new DateOnly(2024, 1, 1))]))).AssertFieldErrorAsync("agreements[0].madeOn");
        Assert.Equal(0, await PlanRevisionsAsync(student.Id));

        var saved = await (await mentor.PutJsonAsync(url, Plan([Goal()], [Agreement(today)]))).ReadAsync<PlanResponse>();
        Assert.Single(saved.Agreements);
    }

    [Fact]
    public async Task Reviews_are_planned_within_the_students_guidance_and_outcomes_make_sense()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var url = $"/api/students/{student.Id}/reviews";
        await (await mentor.PostJsonAsync(url, new ScheduleReviewRequest(new DateTimeOffset(1, 1, 1, 10, 0, 0, TimeSpan.Zero), null))).AssertFieldErrorAsync("scheduledAt");
        await (await mentor.PostJsonAsync(url, new ScheduleReviewRequest(new DateTimeOffset(9999, 1, 1, 10, 0, 0, TimeSpan.Zero), null))).AssertFieldErrorAsync("scheduledAt");
        await (await mentor.PostJsonAsync(url, new ScheduleReviewRequest(new DateTimeOffset(2025, 8, 1, 10, 0, 0, TimeSpan.Zero), null))).AssertFieldErrorAsync("scheduledAt");
        await (await mentor.PostJsonAsync(url, new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(3), ["student", "mentor", "student"]))).AssertFieldErrorAsync("participants[2]");
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Reviews.CountAsync(r => r.StudentId == student.Id)));

        var plan = await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", new SavePlanRequest(null, [Goal()], [], 6, null))).ReadAsync<PlanResponse>();
        var review = await (await mentor.PostJsonAsync(url, new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(-1), null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var goal = plan.Goals[0].GoalId;
        var hold = $"/api/reviews/{review.ReviewId}/hold";
        await (await mentor.PostJsonAsync(hold, new HoldReviewRequest("Besproken", [new GoalOutcome(goal, GoalStatus.Met, null, null), new GoalOutcome(goal, GoalStatus.Dropped, null, null)], [])))
            .AssertFieldErrorAsync("goalOutcomes[1].goalId");
        await (await mentor.PostJsonAsync(hold, new HoldReviewRequest("Besproken", [new GoalOutcome(goal, GoalStatus.Met, "Nieuwe titel", null)], [])))
            .AssertFieldErrorAsync("goalOutcomes[0].adjustedTitle");
        await (await mentor.PostJsonAsync(hold, new HoldReviewRequest("Besproken", [], [.. Enumerable.Range(0, 5000).Select(i => new NewAgreement(AgreementKind.Goal, $"Afspraak {i}"))])))
            .AssertFieldErrorAsync("newAgreements");
        Assert.Equal(1, await PlanRevisionsAsync(student.Id));
        Assert.Equal(ReviewStatus.Scheduled, (await (await mentor.GetAsync($"/api/reviews/{review.ReviewId}")).ReadAsync<ReviewResponse>()).Status);
    }

    [Fact]
    public async Task A_framework_is_a_rubric_of_bounded_size_with_descriptors_for_the_scale_only()
    {
        var coordinator = fixture.Coordinator();
        var descriptors = new Dictionary<AttitudeLevel, string> { [AttitudeLevel.NeedsAttention] = "a", [AttitudeLevel.Developing] = "b", [AttitudeLevel.Competent] = "c", [AttitudeLevel.Strong] = "d" };
        FrameworkCriterion Criterion(int i) => new($"c-{i}", $"Criterium {i}", "", descriptors);
        var before = await fixture.InDatabaseAsync(db => db.Frameworks.CountAsync());

        await (await coordinator.PostJsonAsync("/api/frameworks", new PublishFrameworkRequest("huge", "Groot", null, [.. Enumerable.Range(0, 5000).Select(Criterion)]))).AssertFieldErrorAsync("criteria");
        await (await coordinator.PostAsync("/api/frameworks", Raw("""{"key":"extra","name":"E","criteria":[{"key":"a","name":"A","description":"","descriptors":{"notObserved":"x","needsAttention":"a","developing":"b","competent":"c","strong":"d"}}]}""")))
            .AssertFieldErrorAsync("criteria[0].descriptors");
        await (await coordinator.PostJsonAsync("/api/frameworks", new PublishFrameworkRequest("long", "Lang", null, [Criterion(0) with { Description = new string('x', 5000) }]))).AssertFieldErrorAsync("criteria[0].description");
        Assert.Equal(before, await fixture.InDatabaseAsync(db => db.Frameworks.CountAsync()));
    }
}
