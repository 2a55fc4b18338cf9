using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Projections.HistoryEvents;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>Internships' and Guidance's events into placements, signals, assessments and the progression follow-up.</summary>
public sealed class PlacementAndGuidanceProjectionTests(ProjectionFixture fixture) : IClassFixture<ProjectionFixture>
{
    private Task<PlacementFact?> PlacementAsync(Guid id) => fixture.ReadAsync(db => db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id));

    private Task<SignalFact?> SignalAsync(Guid id) => fixture.ReadAsync(db => db.Signals.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id));

    [Fact]
    public async Task Placement_events_keep_the_newest_snapshot_and_the_real_start()
    {
        var student = Guid.NewGuid();
        var company = Guid.NewGuid();
        var trainer = Guid.NewGuid();
        var snapshot = Snapshot(Guid.NewGuid(), student, company, PlacementStatus.Proposed, trainer, companyName: "Kapsalon Knip");
        await fixture.PublishAsync(new PlacementProposed(snapshot, 1));
        await fixture.PublishAsync(new PlacementStarted(snapshot with { Status = PlacementStatus.Active }, new DateOnly(2026, 9, 14), 3));
        await Eventually.WaitAsync(() => PlacementAsync(snapshot.PlacementId), p => p?.Version == 3, what: "started");
        var late = new PlacementAgreementSigned(snapshot with { Status = PlacementStatus.AgreementSigned }, DateTimeOffset.UtcNow, 2);
        await fixture.PublishAsync(late);
        await fixture.ProcessedAsync(late);
        // Later snapshots (a teacher, a risk raised and cleared) keep the start, which they do not carry.
        var active = snapshot with { Status = PlacementStatus.Active, TeacherStaffId = Guid.NewGuid() };
        await fixture.PublishAsync(new PlacementTeacherAssigned(active, 4));
        await fixture.PublishAsync(new PlacementAtRisk(active with { Risks = [PlacementRisk.NoRecentContact] }, PlacementRisk.NoRecentContact, "6 weken", 5));
        await fixture.PublishAsync(new PlacementRiskCleared(active, PlacementRisk.NoRecentContact, "contact", 6));

        var placement = await Eventually.WaitAsync(() => PlacementAsync(snapshot.PlacementId), p => p?.Version == 6, what: "risk cleared");
        Assert.Equal((PlacementStatus.Active, new DateOnly(2026, 9, 14), trainer, company, student), (placement!.Status, placement.StartedOn!.Value, placement.TrainerId!.Value, placement.CompanyId, placement.StudentId));
        Assert.Equal(("25258", LearningRoute.Bol, snapshot.PeriodId, new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 29)), (placement.Crebo, placement.Route, placement.PeriodId, placement.StartDate, placement.EndDate));
        Assert.Null(placement.EndedOn);

        // The company was not known: its row starts with the name the placement carries, until Companies' own event.
        var stub = await fixture.ReadAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.Id == company));
        Assert.Equal(("Kapsalon Knip", 0L), (stub.Name, stub.Version));
        await fixture.PublishAsync(Company(company, 1, "Kapsalon Knip & Kleur"));
        await Eventually.WaitAsync(() => fixture.ReadAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.Id == company)), c => c.Name == "Kapsalon Knip & Kleur", what: "the company's own name");
    }

    [Fact]
    public async Task An_early_end_keeps_its_day_reason_and_who_ended_it()
    {
        var snapshot = Snapshot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlacementStatus.Active);
        await fixture.PublishAsync(new PlacementStarted(snapshot, new DateOnly(2026, 9, 1), 2));
        await fixture.PublishAsync(Ended(snapshot, 3, new DateOnly(2026, 10, 20), early: true, reason: PlacementEndReason.PoorFitWithTrade));

        var placement = await Eventually.WaitAsync(() => PlacementAsync(snapshot.PlacementId), p => p?.Version == 3, what: "ended");
        Assert.Equal((PlacementStatus.EndedEarly, new DateOnly(2026, 10, 20), true, PlacementEndReason.PoorFitWithTrade, "coordinator"),
            (placement!.Status, placement.EndedOn!.Value, placement.EndedEarly, placement.EndReason!.Value, placement.EndedByRole));
        Assert.Equal(new DateOnly(2026, 9, 1), placement.StartedOn);
    }

    [Fact]
    public async Task Signal_events_in_any_order_give_raise_first_response_and_resolution()
    {
        var student = Guid.NewGuid();
        var id = Guid.NewGuid();
        var raisedAt = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        // The acknowledgement overtakes the raise.
        await fixture.PublishAsync(new RiskSignalAcknowledged(id, student, "noSchoolCompanyContact", "mentor", raisedAt.AddHours(20)));
        await Eventually.WaitAsync(() => SignalAsync(id), s => s?.AcknowledgedAt is not null, what: "acknowledged");
        await fixture.PublishAsync(new RiskSignalRaised(id, student, null, "noSchoolCompanyContact", true, null, raisedAt));
        await Eventually.WaitAsync(() => SignalAsync(id), s => s?.RaisedAt == raisedAt, what: "raised");
        await fixture.PublishAsync(new RiskSignalResolved(id, student, "noSchoolCompanyContact", "mentor", raisedAt.AddDays(3)));

        var signal = await Eventually.WaitAsync(() => SignalAsync(id), s => s?.ResolvedAt is not null, what: "resolved");
        Assert.Equal((student, "noSchoolCompanyContact", true, raisedAt, raisedAt.AddHours(20), raisedAt.AddDays(3)),
            (signal!.StudentId, signal.Rule, signal.Urgent, signal.RaisedAt, signal.AcknowledgedAt!.Value, signal.ResolvedAt!.Value));
    }

    [Fact]
    public async Task An_assessment_keeps_its_counts_and_levels_once_however_often_it_arrives()
    {
        var student = Guid.NewGuid();
        var assessment = Assessment(student, "trainer", new CriterionLevel("punctuality", 1), new CriterionLevel("initiative", 3)) with
        {
            DiscrepantCriteria = ["punctuality"],
            PlacementId = Guid.NewGuid(),
        };
        var older = Assessment(student, "teacher") with { Levels = null };
        await fixture.PublishAsync(assessment);
        await fixture.PublishAsync(older);
        await fixture.ProcessedAsync(assessment, older);
        // A redelivery (same message id) and a republication (new message id) add nothing.
        await fixture.PublishAsync(assessment);
        var republished = assessment with { EventId = Guid.NewGuid() };
        await fixture.PublishAsync(republished);
        await fixture.ProcessedAsync(republished);

        var facts = await fixture.ReadAsync(db => db.Assessments.AsNoTracking().Include(a => a.Levels).Where(a => a.StudentId == student).OrderBy(a => a.AssessorRole).ToListAsync());
        Assert.Equal(["teacher", "trainer"], facts.Select(a => a.AssessorRole));
        Assert.Empty(facts[0].Levels);
        var trainer = facts[1];
        Assert.Equal((assessment.PlacementId, "periodic", assessment.SubmittedAt, 1, 1), (trainer.PlacementId, trainer.Kind, trainer.SubmittedAt, trainer.NeedsAttentionCount, trainer.DiscrepantCount));
        Assert.Equal(["initiative:3", "punctuality:1"], trainer.Levels.OrderBy(l => l.CriterionKey).Select(l => $"{l.CriterionKey}:{l.Level}"));
        Assert.All(trainer.Levels, l => Assert.Equal((student, "trainer", assessment.SubmittedAt), (l.StudentId, l.AssessorRole, l.SubmittedAt)));
        Assert.Empty(fixture.Log.Errors);
    }

    [Fact]
    public async Task Plan_updates_say_whether_the_progression_wish_is_followed_up()
    {
        var student = Guid.NewGuid();
        var firstSet = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        Task<ProgressionFollowUp?> FollowUpAsync() => fixture.ReadAsync(db => db.ProgressionFollowUps.AsNoTracking().FirstOrDefaultAsync(f => f.StudentId == student));
        PlanGoalFact Goal(string area, string status) => new(Guid.NewGuid(), area, null, status, false);

        await fixture.PublishAsync(new PlanUpdated(student, 6, firstSet.AddDays(30), 3, [Goal("futureWishes", "met"), Goal("attitude", "open")]));
        await Eventually.WaitAsync(FollowUpAsync, f => f?.PlanVersion == 3, what: "the plan");
        // An older plan delivered late still says when the goal was first set; a plan from an older publisher (no goals)
        // says nothing.
        var older = new PlanUpdated(student, 6, firstSet, 2, [Goal("futureWishes", "open")]);
        var withoutGoals = new PlanUpdated(student, 6, firstSet.AddDays(40), 4);
        await fixture.PublishAsync(older);
        await fixture.PublishAsync(withoutGoals);
        await fixture.ProcessedAsync(older, withoutGoals);

        var followUp = await FollowUpAsync();
        Assert.Equal((true, "met", firstSet, 3L), (followUp!.HasGoal, followUp.GoalStatus, followUp.FirstSetAt!.Value, followUp.PlanVersion));
        var none = Guid.NewGuid();
        var plain = new PlanUpdated(none, 6, firstSet, 1);
        await fixture.PublishAsync(plain);
        await fixture.ProcessedAsync(plain);
        Assert.False(await fixture.ReadAsync(db => db.ProgressionFollowUps.AnyAsync(f => f.StudentId == none)));
    }

    [Fact]
    public async Task Events_about_a_student_not_known_yet_keep_what_they_carry_without_an_error()
    {
        var student = Guid.NewGuid();
        var signal = new RiskSignalRaised(Guid.NewGuid(), student, null, "manual", false, "staff", DateTimeOffset.UtcNow);
        var placement = new PlacementProposed(Snapshot(Guid.NewGuid(), student, Guid.NewGuid(), PlacementStatus.Proposed), 1);
        var assessment = Assessment(student, "self", new CriterionLevel("reflection", 2));
        var mentor = new MentorAssigned(student, Guid.NewGuid(), 4);
        await fixture.PublishAsync(signal);
        await fixture.PublishAsync(placement);
        await fixture.PublishAsync(assessment);
        await fixture.PublishAsync(mentor);
        await fixture.ProcessedAsync(signal, placement, assessment, mentor);

        var kept = await fixture.ReadAsync(async db => (
            await db.Signals.CountAsync(s => s.StudentId == student),
            await db.Placements.CountAsync(p => p.StudentId == student),
            await db.AssessmentLevels.CountAsync(l => l.StudentId == student),
            await db.Students.AsNoTracking().SingleAsync(s => s.Id == student)));
        Assert.Equal((1, 1, 1), (kept.Item1, kept.Item2, kept.Item3));
        Assert.Equal((mentor.MentorStaffId, 4L, 0L, ""), (kept.Item4.MentorStaffId!.Value, kept.Item4.MentorVersion, kept.Item4.EnrolmentVersion, kept.Item4.Crebo));
        Assert.Empty(fixture.Log.Errors);
    }

    [Fact]
    public async Task Many_deliveries_about_one_student_at_once_are_all_applied_once()
    {
        var student = Guid.NewGuid();
        var signals = Enumerable.Range(0, 30)
            .Select(i => new RiskSignalRaised(Guid.NewGuid(), student, null, "manual", false, "staff", DateTimeOffset.UtcNow.AddMinutes(i)))
            .ToList();
        var snapshot = Snapshot(Guid.NewGuid(), student, Guid.NewGuid(), PlacementStatus.Proposed);
        var enrolled = Enrolled(student, 1);
        var mentor = new MentorAssigned(student, Guid.NewGuid(), 2);
        var intake = Intake(student, 3, ProgressionWish.Work);
        var proposed = new PlacementProposed(snapshot, 1);
        var started = new PlacementStarted(snapshot with { Status = PlacementStatus.Active }, new DateOnly(2026, 9, 1), 2);
        await Task.WhenAll(signals.Select(fixture.PublishAsync));
        await fixture.PublishAsync(enrolled);
        await fixture.PublishAsync(mentor);
        await fixture.PublishAsync(intake);
        await fixture.PublishAsync(proposed);
        await fixture.PublishAsync(started);
        await fixture.ProcessedAsync([.. signals, enrolled, mentor, intake, proposed, started]);

        var (signalCount, fact, placement) = await fixture.ReadAsync(async db => (
            await db.Signals.CountAsync(s => s.StudentId == student),
            await db.Students.AsNoTracking().SingleAsync(s => s.Id == student),
            await db.Placements.AsNoTracking().SingleAsync(p => p.StudentId == student)));
        Assert.Equal(30, signalCount);
        Assert.Equal((1L, 2L, 3L), (fact.RecordVersion, fact.MentorVersion, fact.IntakeVersion));
        Assert.Equal(2L, placement.Version);
        Assert.Empty(fixture.Log.Errors);
    }
}
