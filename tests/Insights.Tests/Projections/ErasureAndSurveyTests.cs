using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Features.Surveys;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Surveys;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Projections.HistoryEvents;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>A placement's end opens its surveys once; a student's erasure takes them out of every table for good.</summary>
public sealed class ErasureAndSurveyTests(ProjectionFixture fixture) : IClassFixture<ProjectionFixture>
{
    private static readonly DateOnly EndedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);

    private Task<List<Survey>> SurveysAsync(Guid placementId) =>
        fixture.ReadAsync(db => db.Surveys.AsNoTracking().Where(s => s.PlacementId == placementId).OrderBy(s => s.Respondent).ToListAsync());

    /// <summary>The survey announcements the end enqueued (the outbox's rows: a redelivery that enqueued another would show here at once).</summary>
    private static Task<int> AnnouncedAsync(InsightsDbContext db, Guid placementId) =>
        db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE message_type LIKE {"%" + nameof(PlacementSurveyOpened) + "%"} AND payload::text LIKE {"%" + placementId + "%"}")
            .SingleAsync();

    [Fact]
    public async Task An_ended_placement_opens_a_survey_for_the_student_and_its_trainer_and_announces_each()
    {
        var student = Guid.NewGuid();
        var company = Guid.NewGuid();
        var trainer = Guid.NewGuid();
        var snapshot = Snapshot(Guid.NewGuid(), student, company, PlacementStatus.Active, trainer);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementSurveyOpened>());

        var ended = Ended(snapshot, 4, EndedOn);
        await fixture.PublishAsync(ended);
        // Recorded two days after the placement's last day: the six weeks count from the day it was recorded.
        var closesOn = SurveyCalendar.DayOf(ended.OccurredAt).AddDays(SurveyInvitations.OpenForDays);

        var surveys = await Eventually.WaitAsync(() => SurveysAsync(snapshot.PlacementId), s => s.Count == 2, what: "two surveys");
        Assert.Equal([SurveyRespondent.Student, SurveyRespondent.Trainer], surveys.Select(s => s.Respondent));
        Assert.All(surveys, s => Assert.Equal(
            (student, company, "25258", snapshot.PeriodId, EndedOn, closesOn, false, (DateTimeOffset?)null),
            (s.StudentId!.Value, s.CompanyId, s.Crebo, s.PeriodId, s.PlacementEndedOn, s.ClosesOn, s.PlacementEndedEarly, s.AnsweredAt)));
        Assert.Equal([null, trainer], surveys.Select(s => s.TrainerId));
        var forStudent = await events.WaitForAsync<PlacementSurveyOpened>(e => e.PlacementId == snapshot.PlacementId && e.Respondent == "student");
        var forTrainer = await events.WaitForAsync<PlacementSurveyOpened>(e => e.PlacementId == snapshot.PlacementId && e.Respondent == "trainer");
        Assert.Equal((surveys[0].Id, student, company, (Guid?)null), (forStudent.SurveyId, forStudent.StudentId, forStudent.CompanyId, forStudent.TrainerId));
        Assert.Equal((surveys[1].Id, trainer, closesOn), (forTrainer.SurveyId, forTrainer.TrainerId!.Value, forTrainer.ClosesOn));

        // A redelivery and the same end published again open nothing more and announce nothing more.
        await fixture.PublishAsync(ended);
        var again = ended with { EventId = Guid.NewGuid() };
        await fixture.PublishAsync(again);
        await fixture.ProcessedAsync(again);
        Assert.Equal(2, (await SurveysAsync(snapshot.PlacementId)).Count);
        Assert.Equal(2, await fixture.ReadAsync(db => AnnouncedAsync(db, snapshot.PlacementId)));
        Assert.Equal(2, events.All<PlacementSurveyOpened>().Count(e => e.PlacementId == snapshot.PlacementId));
        Assert.Empty(fixture.Log.Errors);
    }

    [Fact]
    public async Task An_end_replayed_after_its_survey_window_opens_nothing_and_announces_nothing()
    {
        var snapshot = Snapshot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlacementStatus.Active, Guid.NewGuid());
        var longAgo = DateTimeOffset.UtcNow.AddDays(-(SurveyInvitations.OpenForDays + 30));
        var ended = Ended(snapshot, 4, DateOnly.FromDateTime(longAgo.UtcDateTime)) with { OccurredAt = longAgo };

        await fixture.PublishAsync(ended);
        await fixture.ProcessedAsync(ended);

        var placement = await fixture.ReadAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.Id == snapshot.PlacementId));
        Assert.Equal(PlacementStatus.Completed, placement.Status);
        Assert.Empty(await SurveysAsync(snapshot.PlacementId));
        Assert.Equal(0, await fixture.ReadAsync(db => AnnouncedAsync(db, snapshot.PlacementId)));
        Assert.Empty(fixture.Log.Errors);
    }

    [Fact]
    public async Task A_placement_without_a_trainer_opens_the_students_survey_alone()
    {
        var snapshot = Snapshot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlacementStatus.Active);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementSurveyOpened>());

        await fixture.PublishAsync(Ended(snapshot, 3, EndedOn, early: true, reason: PlacementEndReason.StudentCircumstances));

        var survey = Assert.Single(await Eventually.WaitAsync(() => SurveysAsync(snapshot.PlacementId), s => s.Count == 1, what: "one survey"));
        Assert.Equal((SurveyRespondent.Student, true), (survey.Respondent, survey.PlacementEndedEarly));
        var opened = await events.WaitForAsync<PlacementSurveyOpened>(e => e.PlacementId == snapshot.PlacementId);
        Assert.Equal(("student", survey.Id), (opened.Respondent, opened.SurveyId));
        Assert.Equal(1, await fixture.ReadAsync(db => AnnouncedAsync(db, snapshot.PlacementId)));
    }

    [Fact]
    public async Task An_erased_student_leaves_every_table_and_late_events_bring_nothing_back()
    {
        var student = Guid.NewGuid();
        var other = Guid.NewGuid();
        var company = Guid.NewGuid();
        var trainer = Guid.NewGuid();
        var snapshot = Snapshot(Guid.NewGuid(), student, company, PlacementStatus.Active, trainer);
        var othersPlacement = Snapshot(Guid.NewGuid(), other, company, PlacementStatus.Active, trainer);
        var goals = new List<PlanGoalFact> { new(Guid.NewGuid(), "futureWishes", null, "open", false) };
        IntegrationEvent[] history =
        [
            Enrolled(student, 1), Intake(student, 2, ProgressionWish.Level3), Enrolled(other, 1),
            new PlacementStarted(snapshot, new DateOnly(2026, 9, 1), 2), Ended(snapshot, 3, EndedOn),
            Ended(othersPlacement, 3, EndedOn),
            new RiskSignalRaised(Guid.NewGuid(), student, null, "manual", false, "staff", DateTimeOffset.UtcNow),
            new RiskSignalRaised(Guid.NewGuid(), other, null, "manual", false, "staff", DateTimeOffset.UtcNow),
            Assessment(student, "trainer", new CriterionLevel("punctuality", 2)), Assessment(other, "trainer", new CriterionLevel("punctuality", 3)),
            new PlanUpdated(student, 6, DateTimeOffset.UtcNow, 4, goals), new PlanUpdated(other, 6, DateTimeOffset.UtcNow, 2, goals),
        ];
        await fixture.PublishAllAsync(history);
        await fixture.ProcessedAsync(history);
        var everywhere = new Presence(1, 1, 1, 1, 1, 1, 2);
        Assert.Equal(everywhere, await PresenceAsync(student));
        Assert.Equal(everywhere, await PresenceAsync(other));

        var erased = new StudentErased(student);
        await fixture.PublishAsync(erased);
        await fixture.ProcessedAsync(erased);

        Assert.Equal(Presence.Nowhere, await PresenceAsync(student));
        Assert.Equal(everywhere, await PresenceAsync(other));
        var left = await fixture.ReadAsync(async db => (
            await db.ErasedStudents.AsNoTracking().SingleAsync(e => e.Id == student),
            await db.Surveys.AsNoTracking().Where(s => s.PlacementId == snapshot.PlacementId).ToListAsync()));
        Assert.Equal(erased.OccurredAt.ToUnixTimeMilliseconds(), left.Item1.ErasedAt.ToUnixTimeMilliseconds());
        // The trainer's survey of that placement stays (its scores are the company's), without the student.
        var detached = Assert.Single(left.Item2);
        Assert.Equal((SurveyRespondent.Trainer, (Guid?)null, trainer, company), (detached.Respondent, detached.StudentId, detached.TrainerId, detached.CompanyId));

        // Events written before the erasure, delivered after it (and the erasure again).
        IntegrationEvent[] late =
        [
            Updated(student, 9), new MentorAssigned(student, Guid.NewGuid(), 10), Intake(student, 11, ProgressionWish.Work),
            new StudentStatusChanged(student, StudentStatus.LeftEarly, LeavingReason.Other, EndedOn, 12),
            new PlacementProposed(Snapshot(Guid.NewGuid(), student, company, PlacementStatus.Proposed), 1),
            Ended(Snapshot(Guid.NewGuid(), student, company, PlacementStatus.Active, trainer), 5, EndedOn),
            new RiskSignalRaised(Guid.NewGuid(), student, null, "manual", true, "staff", DateTimeOffset.UtcNow),
            Assessment(student, "self", new CriterionLevel("reflection", 4)),
            new PlanUpdated(student, 6, DateTimeOffset.UtcNow, 9, goals),
            new StudentErased(student),
        ];
        await fixture.PublishAllAsync(late);
        await fixture.ProcessedAsync(late);
        Assert.Equal(Presence.Nowhere, await PresenceAsync(student));
        Assert.Equal(1, await fixture.ReadAsync(db => db.ErasedStudents.CountAsync(e => e.Id == student)));
        Assert.Equal(1, await fixture.ReadAsync(db => db.Surveys.CountAsync(s => s.CompanyId == company && s.StudentId == null)));
        Assert.Empty(fixture.Log.Errors);
    }

    /// <summary>How many rows about the student each table holds.</summary>
    private Task<Presence> PresenceAsync(Guid student) => fixture.ReadAsync(async db => new Presence(
        await db.Students.CountAsync(s => s.Id == student),
        await db.Placements.CountAsync(p => p.StudentId == student),
        await db.Signals.CountAsync(s => s.StudentId == student),
        await db.Assessments.CountAsync(a => a.StudentId == student),
        await db.AssessmentLevels.CountAsync(l => l.StudentId == student),
        await db.ProgressionFollowUps.CountAsync(f => f.StudentId == student),
        await db.Surveys.CountAsync(s => s.StudentId == student)));

    private sealed record Presence(int Students, int Placements, int Signals, int Assessments, int Levels, int FollowUps, int Surveys)
    {
        public static readonly Presence Nowhere = new(0, 0, 0, 0, 0, 0, 0);
    }
}
