using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Projections;
using static PartnershipHub.Insights.Tests.Projections.HistoryEvents;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>The read model's version rules, without a database.</summary>
public sealed class ProjectionRulesTests
{
    private static readonly Guid StudentId = Guid.NewGuid();

    [Fact]
    public void A_late_part_still_applies_and_never_overwrites_a_newer_one()
    {
        var student = new StudentFact { Id = StudentId };
        var mentor = Guid.NewGuid();
        student.Apply(new MentorAssigned(StudentId, mentor, 5));
        student.Apply(new EnrolmentChanged(StudentId, Enrolment(level: 3, crebo: "25180"), 4));

        student.Apply(Enrolled(StudentId, 1, mentor: Guid.NewGuid(), cohort: "2025", level: 2));

        Assert.Equal((mentor, "25180", 3, 2, "2025", 5L), (student.MentorStaffId!.Value, student.Crebo, student.Level, student.FirstLevel, student.Cohort, student.Version));
    }

    [Fact]
    public void A_level_change_before_any_enrolment_is_the_first_level_until_the_enrolment_arrives()
    {
        var student = new StudentFact { Id = StudentId };
        student.Apply(new EnrolmentChanged(StudentId, Enrolment(level: 3), 4));
        Assert.Equal(3, student.FirstLevel);

        student.Apply(new EnrolmentChanged(StudentId, Enrolment(level: 4), 6));
        Assert.Equal((4, 3), (student.Level, student.FirstLevel));
    }

    [Fact]
    public void Leaving_keeps_its_day_and_reason_until_a_newer_status_says_otherwise()
    {
        var student = new StudentFact { Id = StudentId };
        var left = new DateOnly(2026, 10, 12);
        student.Apply(new StudentStatusChanged(StudentId, StudentStatus.LeftEarly, LeavingReason.PoorFitWithTrade, left, 3));
        student.Apply(Updated(StudentId, 4, StudentStatus.LeftEarly));
        Assert.Equal((StudentStatus.LeftEarly, left, LeavingReason.PoorFitWithTrade), (student.Status, student.LeftOn, student.LeavingReason));

        student.Apply(new StudentStatusChanged(StudentId, StudentStatus.Active, null, new DateOnly(2026, 11, 1), 5));
        Assert.Equal((StudentStatus.Active, (DateOnly?)null, (LeavingReason?)null), (student.Status, student.LeftOn, student.LeavingReason));

        student.Apply(new StudentStatusChanged(StudentId, StudentStatus.Graduated, LeavingReason.Other, new DateOnly(2027, 7, 1), 7));
        Assert.Equal((StudentStatus.Graduated, new DateOnly(2027, 7, 1), (LeavingReason?)null), (student.Status, student.LeftOn!.Value, student.LeavingReason));
    }

    [Fact]
    public void A_status_event_behind_a_newer_record_update_with_that_status_still_gives_the_day()
    {
        var student = new StudentFact { Id = StudentId };
        student.Apply(Updated(StudentId, 4, StudentStatus.LeftEarly));
        Assert.Null(student.LeftOn);

        student.Apply(new StudentStatusChanged(StudentId, StudentStatus.LeftEarly, LeavingReason.Work, new DateOnly(2026, 10, 12), 3));

        Assert.Equal((StudentStatus.LeftEarly, new DateOnly(2026, 10, 12), LeavingReason.Work, 4L), (student.Status, student.LeftOn!.Value, student.LeavingReason!.Value, student.StatusVersion));
    }

    [Fact]
    public void A_placement_keeps_the_newest_snapshot_and_a_late_start_or_end_still_counts()
    {
        var snapshot = Snapshot(Guid.NewGuid(), StudentId, Guid.NewGuid(), PlacementStatus.Active);
        var placement = new PlacementFact { Id = snapshot.PlacementId };
        Assert.True(placement.Apply(snapshot with { Status = PlacementStatus.Completed }, 7));
        placement.Apply(new PlacementStarted(snapshot, new DateOnly(2026, 9, 14), 3));
        placement.Apply(Ended(snapshot, 6, new DateOnly(2027, 1, 29)));
        Assert.False(placement.Apply(snapshot with { Status = PlacementStatus.Proposed }, 1));

        Assert.Equal((PlacementStatus.Completed, 7L), (placement.Status, placement.Version));
        Assert.Equal((new DateOnly(2026, 9, 14), new DateOnly(2027, 1, 29), false), (placement.StartedOn!.Value, placement.EndedOn!.Value, placement.EndedEarly));
    }

    [Fact]
    public void An_erased_trainer_keeps_no_address_whatever_comes_late()
    {
        var company = Guid.NewGuid();
        var trainer = new TrainerFact { Id = Guid.NewGuid() };
        Assert.True(trainer.Apply(Trainer(trainer.Id, company, 2, " Piet@Bakkerij.NL ")));
        Assert.Equal("piet@bakkerij.nl", trainer.Email);

        trainer.Apply(new TrainerErased(trainer.Id, company, 5));
        Assert.False(trainer.Apply(Trainer(trainer.Id, company, 4, "piet@bakkerij.nl")));
        Assert.False(trainer.Apply(new TrainerDeactivated(trainer.Id, company, 3)));

        Assert.Equal(("", false, 5L), (trainer.Email, trainer.Active, trainer.Version));
    }

    [Fact]
    public void A_signal_answered_before_it_was_raised_gets_its_real_raise_time_later()
    {
        var raisedAt = new DateTimeOffset(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        var signal = SignalFactRules.Stub(id, StudentId, "hoursBehindPlan", raisedAt.AddHours(30));
        signal.Apply(new RiskSignalAcknowledged(id, StudentId, "hoursBehindPlan", "m", raisedAt.AddHours(30)));
        signal.Apply(new RiskSignalAcknowledged(id, StudentId, "hoursBehindPlan", "m", raisedAt.AddHours(50)));
        signal.Apply(new RiskSignalRaised(id, StudentId, null, "hoursBehindPlan", true, null, raisedAt));

        Assert.Equal((raisedAt, raisedAt.AddHours(30), true), (signal.RaisedAt, signal.AcknowledgedAt!.Value, signal.Urgent));
    }

    [Fact]
    public void The_follow_up_takes_the_newest_plan_and_the_earliest_goal()
    {
        var followUp = new ProgressionFollowUp { StudentId = StudentId };
        var at = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        PlanGoalFact Goal(string area, string status) => new(Guid.NewGuid(), area, null, status, false);

        Assert.True(followUp.Apply(new PlanUpdated(StudentId, 6, at.AddDays(30), 3, [Goal("futureWishes", "dropped"), Goal("futureWishes", "open"), Goal("didactic", "met")])));
        Assert.True(followUp.Apply(new PlanUpdated(StudentId, 6, at, 2, [Goal("futureWishes", "met")])));
        Assert.False(followUp.Apply(new PlanUpdated(StudentId, 6, at.AddDays(40), 4)));

        Assert.Equal((true, "open", at, 3L), (followUp.HasGoal, followUp.GoalStatus, followUp.FirstSetAt!.Value, followUp.PlanVersion));

        followUp.Apply(new PlanUpdated(StudentId, 6, at.AddDays(60), 5, [Goal("didactic", "met")]));
        Assert.Equal((false, (string?)null, at), (followUp.HasGoal, followUp.GoalStatus, followUp.FirstSetAt!.Value));
    }

    [Fact]
    public void An_assessment_keeps_the_levels_on_the_scale_once_per_criterion()
    {
        var e = Assessment(StudentId, "trainer",
            new CriterionLevel("punctuality", 1), new CriterionLevel("initiative", 4), new CriterionLevel("initiative", 2),
            new CriterionLevel("cooperation", 0), new CriterionLevel("reflection", 5));

        var fact = AssessmentFacts.From(e);

        Assert.Equal(["punctuality:1", "initiative:4"], fact.Levels.Select(l => $"{l.CriterionKey}:{l.Level}"));
        Assert.All(fact.Levels, l => Assert.Equal((StudentId, "trainer", e.SubmittedAt), (l.StudentId, l.AssessorRole, l.SubmittedAt)));
        Assert.Equal((1, 0), (fact.NeedsAttentionCount, fact.DiscrepantCount));
        Assert.Empty(AssessmentFacts.From(e with { Levels = null }).Levels);
    }
}
