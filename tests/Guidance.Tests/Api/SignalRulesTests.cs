using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class SignalRulesTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync(DateOnly? enrolmentStart = null, DateOnly? placementStart = null)
    {
        var student = TestData.Student(_mentor, enrolmentStart: enrolmentStart);
        var placement = TestData.Placement(student.Id, _company, start: placementStart);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        return (student, placement);
    }

    private Task<List<Signal>> SignalsAsync(Guid studentId) =>
        fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().Where(s => s.StudentId == studentId).ToListAsync());

    private Task SweepAsync(DateTimeOffset now) => SignalSweep.RunOnceAsync(fixture.Scopes, now, CancellationToken.None);

    [Fact]
    public async Task Same_criterion_needing_attention_in_two_consecutive_assessments_raises_one_signal()
    {
        var (student, placement) = await ArrangeAsync();
        var needsAttention = TestData.Ratings(AttitudeLevel.Competent, ("punctuality", AttitudeLevel.NeedsAttention));
        await fixture.Mentor(_mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: needsAttention));
        Assert.Empty(await SignalsAsync(student.Id));

        await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, needsAttention));
        await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, needsAttention));

        var signal = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.RepeatedNeedsAttention);
        Assert.Equal("punctuality", signal.Subject);
        Assert.StartsWith("/api/assessments/", signal.Link, StringComparison.Ordinal);
        Assert.Contains("Gezien op de werkvloer", signal.Evidence, StringComparison.Ordinal);
        // In Dutch, with the criterion's name from the framework rather than its key.
        Assert.StartsWith("'Stiptheid en afspraken nakomen' heeft in twee beoordelingen na elkaar aandacht nodig (mentor op ", signal.Evidence, StringComparison.Ordinal);
        Assert.Contains(", praktijkopleider op ", signal.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_attention_with_something_else_in_between_is_not_consecutive()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.Competent, ("initiative", AttitudeLevel.NeedsAttention))));
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.Competent, ("initiative", AttitudeLevel.NeedsAttention))));
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.RepeatedNeedsAttention);
    }

    [Fact]
    public async Task Trainer_and_self_two_levels_apart_on_two_criteria_raise_a_discrepancy_once()
    {
        var (student, placement) = await ArrangeAsync();
        var self = TestData.Ratings(AttitudeLevel.Strong);
        var trainer = TestData.Ratings(AttitudeLevel.Developing, ("punctuality", AttitudeLevel.NeedsAttention), ("initiative", AttitudeLevel.NeedsAttention));
        await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self, ratings: self));
        await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, trainer));
        await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self, ratings: self));

        var signal = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.TrainerSelfDiscrepancy);
        // Strong against developing is two levels too: every criterion is apart, named as the framework names them.
        Assert.StartsWith("Praktijkopleider en zelfbeoordeling liggen twee niveaus of meer uiteen op Stiptheid en afspraken nakomen, Initiatief, ", signal.Evidence, StringComparison.Ordinal);
        Assert.EndsWith(" en Reflecteren.", signal.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_observed_never_makes_a_discrepancy()
    {
        var (student, placement) = await ArrangeAsync();
        await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self, ratings: TestData.Ratings(AttitudeLevel.NotObserved)));
        await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, TestData.Ratings(AttitudeLevel.Strong)));
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.TrainerSelfDiscrepancy);
    }

    [Fact]
    public async Task An_overdue_review_raises_a_signal_once_and_a_resolved_one_stays_resolved()
    {
        var (student, _) = await ArrangeAsync();
        var planned = DateTimeOffset.UtcNow.AddDays(-3);
        var review = await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(planned, null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);

        await SweepAsync(planned.AddDays(7));
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.ReviewOverdue);

        await SweepAsync(planned.AddDays(8));
        await SweepAsync(planned.AddDays(9));
        var signal = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.ReviewOverdue);
        Assert.Equal($"review:{review.ReviewId}", signal.Subject);

        var mentor = fixture.Mentor(_mentor);
        var acknowledged = await (await mentor.PostJsonAsync($"/api/signals/{signal.Id}/acknowledge", new SignalNoteRequest("Bel de student"))).ReadAsync<SignalResponse>();
        Assert.Equal(SignalStatus.Acknowledged, acknowledged.Status);
        await (await mentor.PostJsonAsync($"/api/signals/{signal.Id}/acknowledge", new SignalNoteRequest(null))).AssertConflictAsync("signal-not-open");
        await (await mentor.PostJsonAsync($"/api/signals/{signal.Id}/resolve", new SignalNoteRequest(""))).AssertFieldErrorAsync("note");
        await (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync($"/api/signals/{signal.Id}/resolve", new SignalNoteRequest("x"))).AssertStatusAsync(HttpStatusCode.Forbidden);
        var resolved = await (await mentor.PostJsonAsync($"/api/signals/{signal.Id}/resolve", new SignalNoteRequest("Nieuwe datum gepland"))).ReadAsync<SignalResponse>();
        Assert.Equal(SignalStatus.Resolved, resolved.Status);
        await (await mentor.PostJsonAsync($"/api/signals/{signal.Id}/resolve", new SignalNoteRequest("Nog eens"))).AssertConflictAsync("signal-resolved");

        await SweepAsync(planned.AddDays(10));
        Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.ReviewOverdue);
        var open = await (await mentor.GetAsync($"/api/students/{student.Id}/signals")).ReadAsync<List<SignalResponse>>();
        Assert.DoesNotContain(open, s => s.Rule == SignalRule.ReviewOverdue);
        var all = await (await mentor.GetAsync($"/api/students/{student.Id}/signals?status=all")).ReadAsync<List<SignalResponse>>();
        Assert.Contains(all, s => s.Rule == SignalRule.ReviewOverdue);
    }

    [Fact]
    public async Task Needs_attention_in_the_first_three_months_raises_the_early_leaving_watch_once()
    {
        var (student, _) = await ArrangeAsync(enrolmentStart: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20)));
        var (later, _) = await ArrangeAsync(enrolmentStart: DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-5)));
        var ratings = TestData.Ratings(AttitudeLevel.Competent, ("feedback", AttitudeLevel.NeedsAttention));
        var mentor = fixture.Mentor(_mentor);
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: ratings));
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.Competent, ("care-safety", AttitudeLevel.NeedsAttention))));
        await mentor.AssessAsync(later.Id, TestData.Start(AssessorRole.Mentor, ratings: ratings));
        await SweepAsync(DateTimeOffset.UtcNow);

        var watch = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.EarlyLeavingWatch);
        Assert.True(watch.Urgent);
        Assert.StartsWith("'Needs attention' on ", watch.EvidenceEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain(await SignalsAsync(later.Id), s => s.Rule == SignalRule.EarlyLeavingWatch);
    }

    [Fact]
    public async Task A_need_for_structure_from_the_intake_lowers_the_contact_and_hours_thresholds_and_the_evidence_says_so()
    {
        var start = new DateOnly(2026, 9, 1);
        var (usual, _) = await ArrangeAsync(placementStart: start);
        var (structured, _) = await ArrangeAsync(placementStart: start);
        await fixture.RunAsync(async db =>
        {
            var copy = await db.Students.FirstAsync(s => s.Id == structured.Id);
            copy.Needs = new NeedsSummary(NeedLevel.None, NeedLevel.None, NeedLevel.None, NeedLevel.Much, NeedLevel.None);
            copy.IntakeVersion = 1;
            await db.SaveChangesAsync();
        });
        // Five weeks in: past the lowered four weeks without contact, not past the usual six. 400 hours over 140 days
        // put 100 hours to date; 85 approved is behind by 15 %: behind the lowered 10 %, not the usual 20 %.
        foreach (var student in new[] { usual, structured })
        {
            await fixture.RunAsync(db =>
            {
                var placementId = db.Placements.Where(p => p.StudentId == student.Id).Select(p => p.Id).Single();
                db.ApprovedWeeks.Add(new ApprovedWeek { PlacementId = placementId, WeekStart = start, StudentId = student.Id, Hours = 85, PlannedHours = 20 });
                return db.SaveChangesAsync();
            });
        }

        await SweepAsync(new DateTimeOffset(start.AddDays(35).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

        Assert.DoesNotContain(await SignalsAsync(usual.Id), s => s.Rule is SignalRule.NoSchoolCompanyContact or SignalRule.HoursBehindPlan);
        var lowered = await SignalsAsync(structured.Id);
        var contact = Assert.Single(lowered, s => s.Rule == SignalRule.NoSchoolCompanyContact);
        Assert.Contains("(langer dan 4 weken). Lagere drempel door de intake: behoefte aan structuur.", contact.Evidence, StringComparison.Ordinal);
        Assert.EndsWith("Lower threshold from the intake: needs structure.", contact.EvidenceEnglish, StringComparison.Ordinal);
        var hours = Assert.Single(lowered, s => s.Rule == SignalRule.HoursBehindPlan);
        Assert.EndsWith("Lagere drempel door de intake: behoefte aan structuur.", hours.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_school_company_contact_for_six_weeks_raises_a_signal_and_a_contact_resets_it()
    {
        var start = new DateOnly(2026, 9, 1);
        var (student, placement) = await ArrangeAsync(placementStart: start);
        var at = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await SweepAsync(at.AddDays(40));
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.NoSchoolCompanyContact);

        await SweepAsync(at.AddDays(43));
        await SweepAsync(at.AddDays(44));
        Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.NoSchoolCompanyContact);

        await fixture.RunAsync(db =>
        {
            db.Contacts.Add(new ContactCopy { Id = Guid.NewGuid(), PlacementId = placement.Id, StudentId = student.Id, Kind = ContactKind.Visit, ContactedAt = at.AddDays(45), Joint = true });
            return db.SaveChangesAsync();
        });
        await SweepAsync(at.AddDays(60));
        Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.NoSchoolCompanyContact);
        await SweepAsync(at.AddDays(45 + 43));
        Assert.Equal(2, (await SignalsAsync(student.Id)).Count(s => s.Rule == SignalRule.NoSchoolCompanyContact));
    }

    [Fact]
    public async Task Hours_more_than_twenty_percent_behind_plan_raise_a_signal_once()
    {
        var start = new DateOnly(2026, 9, 1);
        var (student, placement) = await ArrangeAsync(placementStart: start);
        // 400 hours over 140 days: 4 weeks in, 80 hours are planned.
        var now = new DateTimeOffset(start.AddDays(28).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await fixture.RunAsync(db =>
        {
            db.ApprovedWeeks.Add(new ApprovedWeek { PlacementId = placement.Id, WeekStart = start, StudentId = student.Id, Hours = 32, PlannedHours = 20 });
            db.ApprovedWeeks.Add(new ApprovedWeek { PlacementId = placement.Id, WeekStart = start.AddDays(7), StudentId = student.Id, Hours = 32, PlannedHours = 20 });
            return db.SaveChangesAsync();
        });
        await SweepAsync(now);
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.HoursBehindPlan);

        await SweepAsync(now.AddDays(14));
        await SweepAsync(now.AddDays(15));
        var signal = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.HoursBehindPlan);
        Assert.StartsWith("64 uur goedgekeurd bij ", signal.Evidence, StringComparison.Ordinal);
        Assert.Contains("gepland tot nu toe", signal.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_raises_of_the_same_signal_write_one_row()
    {
        var (student, _) = await ArrangeAsync();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = fixture.Scopes.CreateAsyncScope();
            var raiser = scope.ServiceProvider.GetRequiredService<SignalRaiser>();
            await raiser.RaiseAsync(student.Id, SignalRule.PlacementAtRisk, "placement:x", SignalText.AsWritten("evidence"), "/x", once: false, CancellationToken.None);
        })));
        Assert.Single(await SignalsAsync(student.Id));
    }
}
