using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class ProgressApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _company = Guid.NewGuid();

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync(Guid mentor)
    {
        var student = TestData.Student(mentor);
        student.IntakeVersion = 2;
        student.IntakeDate = new DateOnly(2025, 6, 12);
        student.Needs = new NeedsSummary(NeedLevel.Some, NeedLevel.Much, NeedLevel.None, NeedLevel.Some, NeedLevel.None);
        student.ProgressionWish = ProgressionWish.Level3;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var placement = TestData.Placement(student.Id, _company, start: today.AddDays(-28));
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            db.ApprovedWeeks.Add(new ApprovedWeek { PlacementId = placement.Id, StudentId = student.Id, WeekStart = placement.StartDate, Hours = 20, PlannedHours = 20 });
            db.Assignments.Add(new AssignmentCopy { Id = Guid.NewGuid(), PlacementId = placement.Id, StudentId = student.Id, CompanyId = _company, Title = "Vakken vullen", Status = AssignmentStatus.Agreed, Version = 1 });
            return db.SaveChangesAsync();
        });
        return (student, placement);
    }

    [Fact]
    public async Task The_progress_view_puts_roles_side_by_side_with_discrepancies_and_growth()
    {
        var mentorId = Guid.NewGuid();
        var (student, placement) = await ArrangeAsync(mentorId);
        var mentor = fixture.Mentor(mentorId);
        var trainer = fixture.Trainer(_company);
        await trainer.AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, TestData.Ratings(AttitudeLevel.Developing, ("punctuality", AttitudeLevel.NeedsAttention))));
        await trainer.AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, TestData.Ratings(AttitudeLevel.Competent, ("punctuality", AttitudeLevel.NeedsAttention))));
        await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self,
            ratings: TestData.Ratings(AttitudeLevel.Competent, ("punctuality", AttitudeLevel.Strong), ("appearance", AttitudeLevel.NotObserved))));
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", new SavePlanRequest(null,
            [new PlanGoal(Guid.Empty, "Op tijd", "punctuality", null, true, GoalStatus.Open, null)], [], 6, null))).AssertStatusAsync(HttpStatusCode.OK);
        var review = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(10), null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);

        var progress = await (await mentor.GetAsync($"/api/students/{student.Id}/progress")).ReadAsync<ProgressResponse>();

        Assert.Equal("Sanne Jansen", progress.Name);
        Assert.Equal("25258", progress.Enrolment!.Crebo);
        Assert.Equal(NeedLevel.Much, progress.Intake!.Needs!.Didactic);
        Assert.Equal(ProgressionWish.Level3, progress.Intake.ProgressionWish);
        Assert.Equal(placement.Id, progress.Placement!.PlacementId);
        Assert.Equal(1, progress.Assignments.ByStatus["agreed"]);
        Assert.Equal(20, progress.Hours!.Approved);
        Assert.Equal(80, progress.Hours.PlannedToDate);
        Assert.Equal([AssessorRole.Self, AssessorRole.Trainer], progress.LatestAssessments.Select(a => a.Role));

        var punctuality = progress.Criteria.Single(c => c.Key == "punctuality");
        Assert.Equal("Stiptheid en afspraken nakomen", punctuality.Name);
        Assert.Equal(AttitudeLevel.NeedsAttention, punctuality.LatestByRole["trainer"]);
        Assert.Equal(AttitudeLevel.Strong, punctuality.LatestByRole["self"]);
        Assert.True(punctuality.Discrepancy);
        Assert.Equal(3, punctuality.Growth.Count);
        var initiative = progress.Criteria.Single(c => c.Key == "initiative");
        Assert.Equal([AttitudeLevel.Developing, AttitudeLevel.Competent, AttitudeLevel.Competent], initiative.Growth.Select(g => g.Level));
        Assert.False(initiative.Discrepancy);
        var appearance = progress.Criteria.Single(c => c.Key == "appearance");
        Assert.False(appearance.LatestByRole.ContainsKey("self"));
        Assert.Single(progress.Discrepancies);

        Assert.Equal("Op tijd", Assert.Single(progress.Goals).Title);
        Assert.Equal(review.ReviewId, progress.NextReview!.ReviewId);
        Assert.Contains(progress.OpenSignals, s => s.Rule == SignalRule.RepeatedNeedsAttention);
    }

    [Fact]
    public async Task The_precomputed_view_follows_every_change()
    {
        var mentorId = Guid.NewGuid();
        var (student, placement) = await ArrangeAsync(mentorId);
        var mentor = fixture.Mentor(mentorId);
        var url = $"/api/students/{student.Id}/progress";
        Assert.Empty((await (await mentor.GetAsync(url)).ReadAsync<ProgressResponse>()).LatestAssessments);

        await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id));
        Assert.Single((await (await mentor.GetAsync(url)).ReadAsync<ProgressResponse>()).LatestAssessments);

        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", new SavePlanRequest(null,
            [new PlanGoal(Guid.Empty, "Samenwerken", "cooperation", null, true, GoalStatus.Open, null)], [], 6, null))).AssertStatusAsync(HttpStatusCode.OK);
        var planned = DateTimeOffset.UtcNow.AddDays(-10);
        var review = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(planned, null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var progress = await (await mentor.GetAsync(url)).ReadAsync<ProgressResponse>();
        Assert.Single(progress.Goals);
        Assert.True(progress.NextReview!.Overdue);

        await SignalSweep.RunOnceAsync(fixture.Scopes, DateTimeOffset.UtcNow, CancellationToken.None);
        var signal = Assert.Single((await (await mentor.GetAsync(url)).ReadAsync<ProgressResponse>()).OpenSignals, s => s.Rule == SignalRule.ReviewOverdue);
        await (await mentor.PostJsonAsync($"/api/signals/{signal.SignalId}/resolve", new SignalNoteRequest("Gesprek ingepland"))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("Alsnog gehouden.", [], []))).AssertStatusAsync(HttpStatusCode.OK);

        progress = await (await mentor.GetAsync(url)).ReadAsync<ProgressResponse>();
        Assert.DoesNotContain(progress.OpenSignals, s => s.Rule == SignalRule.ReviewOverdue);
        Assert.Null(progress.NextReview);
    }

    [Fact]
    public async Task The_stored_view_is_served_byte_for_byte_as_the_full_computation_would_answer()
    {
        var mentorId = Guid.NewGuid();
        var (student, placement) = await ArrangeAsync(mentorId);
        await fixture.RunAsync(async db =>
        {
            var copy = await db.Students.FindAsync(student.Id);
            copy!.FirstName = "Zoë \"Jo\"";
            copy.LastName = "Çelik <ü>";
            await db.SaveChangesAsync();
        });
        var mentor = fixture.Mentor(mentorId);
        await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, TestData.Ratings(AttitudeLevel.Developing, ("punctuality", AttitudeLevel.NeedsAttention))));
        await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self, ratings: TestData.Ratings(AttitudeLevel.Strong)));
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(-3), null))).AssertStatusAsync(HttpStatusCode.Created);
        var url = $"/api/students/{student.Id}/progress";
        await AssertServedAsComputedAsync(mentor, student.Id, url);

        // An assignment event swaps the assignments part of the stored text in place.
        await fixture.RunAsync(db =>
        {
            db.Assignments.Add(new AssignmentCopy { Id = Guid.NewGuid(), PlacementId = placement.Id, StudentId = student.Id, CompanyId = _company, Title = "Kassa \u00e9n \"voorraad\"", Status = AssignmentStatus.SignedOff, DueDate = new DateOnly(2026, 12, 1), SignedOffAt = DateTimeOffset.UtcNow, Version = 1 });
            return db.SaveChangesAsync();
        });
        await using (var scope = fixture.Scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProgressProjector>().RefreshAssignmentsAsync(student.Id, CancellationToken.None);
        }

        await AssertServedAsComputedAsync(mentor, student.Id, url);
    }

    private async Task AssertServedAsComputedAsync(HttpClient mentor, Guid studentId, string url)
    {
        var served = await (await mentor.GetAsync(url)).Content.ReadAsStringAsync();
        await using var scope = fixture.Scopes.CreateAsyncScope();
        var computed = await scope.ServiceProvider.GetRequiredService<ProgressProjector>().ComputeAsync(studentId, CancellationToken.None);
        var http = scope.ServiceProvider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Assert.Equal(JsonSerializer.Serialize(ProgressProjector.AsOf(computed!, DateTimeOffset.UtcNow), http), served);
    }

    [Fact]
    public async Task Progress_is_for_the_mentor_coordinators_and_teachers_the_school_linked_to_the_student()
    {
        var mentorId = Guid.NewGuid();
        var (student, _) = await ArrangeAsync(mentorId);
        var url = $"/api/students/{student.Id}/progress";
        await (await fixture.Coordinator().GetAsync(url)).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Mentor(Guid.NewGuid()).GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Care().GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);

        var teacherId = Guid.NewGuid();
        var teacher = fixture.Teacher(teacherId);
        await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await teacher.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Teacher))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await fixture.LinkTeacherAsync(student.Id, teacherId);
        await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.OK);
        await teacher.AssessAsync(student.Id, TestData.Start(AssessorRole.Teacher));
        await (await fixture.Coordinator().GetAsync($"/api/students/{Guid.NewGuid()}/progress")).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_caseload_shows_one_line_per_mentee_sorted_by_urgency()
    {
        var mentorId = Guid.NewGuid();
        var mentor = fixture.Mentor(mentorId);
        var (calm, _) = await ArrangeAsync(mentorId);
        var (worrying, _) = await ArrangeAsync(mentorId);
        var (urgent, _) = await ArrangeAsync(mentorId);
        var (otherMentorsStudent, _) = await ArrangeAsync(Guid.NewGuid());

        await (await mentor.PutJsonAsync($"/api/students/{calm.Id}/plan", new SavePlanRequest(null, [], [], 6, null))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/students/{calm.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(5), null))).AssertStatusAsync(HttpStatusCode.Created);
        await fixture.RunAsync(async db =>
        {
            var raiser = new SignalRaiser(db, TimeProvider.System);
            await raiser.RaiseAsync(worrying.Id, SignalRule.PlacementAtRisk, "p", SignalText.AsWritten("e"), "/l", false, CancellationToken.None);
            await raiser.RaiseAsync(urgent.Id, SignalRule.PlacementEndedEarly, "p", SignalText.AsWritten("e"), "/l", true, CancellationToken.None);
        });

        var lines = await (await mentor.GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>();
        Assert.Equal([urgent.Id, worrying.Id, calm.Id], lines.Select(l => l.StudentId));
        Assert.Equal([TrafficLight.Red, TrafficLight.Orange, TrafficLight.Green], lines.Select(l => l.TrafficLight));
        Assert.Equal(1, lines[0].OpenSignals);
        Assert.NotNull(lines[2].NextReview);
        Assert.Equal("Bakkerij De Korenaar", lines[2].PlacementCompany);
        Assert.DoesNotContain(lines, l => l.StudentId == otherMentorsStudent.Id);

        await (await fixture.Teacher(Guid.NewGuid()).GetAsync("/api/mentors/me/students")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }
}
