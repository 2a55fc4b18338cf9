using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Security;
using static PartnershipHub.Notifications.Tests.Rules.RulesScenario;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>What the school (mentor, teacher) and the student hear from Guidance's events.</summary>
public sealed class SchoolRulesTests(NotificationsApiFixture fixture) : RulesTestBase(fixture)
{
    [Fact]
    public async Task An_urgent_signal_asks_the_mentor_and_their_acknowledgement_closes_it()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var otherMentor = await Scenario.StaffAsync(Roles.Mentor);
        var student = await Scenario.StudentAsync(mentor);
        var signal = Guid.NewGuid();

        await Scenario.PublishAsync(new RiskSignalRaised(signal, student, null, "hoursBehindPlan", true, null, Monday));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.SignalRaised, student));
        Assert.Equal((RecipientKind.Staff, mentor), (item.RecipientKind, item.RecipientId));
        Assert.True(item.Urgent);
        Assert.Equal(Monday.AddDays(1), item.DueAt);
        Assert.Equal($"/mentor/students/{student}", item.Link);
        Assert.True(Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Staff, mentor)).Urgent);
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Staff, otherMentor));

        await Scenario.PublishAsync(new RiskSignalAcknowledged(signal, student, "hoursBehindPlan", mentor.ToString(), Monday.AddHours(2)));
        Assert.Equal("event:RiskSignalAcknowledged", (await Scenario.ItemsAsync(NotificationKind.SignalRaised, student)).Single().ClosedBy);
    }

    [Fact]
    public async Task A_signal_goes_to_the_mentor_the_event_names_and_resolving_closes_it()
    {
        var copyMentor = await Scenario.StaffAsync(Roles.Mentor);
        var namedMentor = await Scenario.StaffAsync(Roles.Mentor);
        var student = await Scenario.StudentAsync(copyMentor);
        var signal = Guid.NewGuid();

        await Scenario.PublishAsync(new RiskSignalRaised(signal, student, namedMentor, "manual", false, "x", Monday));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.SignalRaised, student));
        Assert.Equal(namedMentor, item.RecipientId);
        Assert.False(item.Urgent);
        Assert.Equal(Monday.AddDays(5), item.DueAt);

        await Scenario.PublishAsync(new RiskSignalResolved(signal, student, "manual", namedMentor.ToString(), Monday.AddDays(1)));
        Assert.Equal("event:RiskSignalResolved", (await Scenario.ItemsAsync(NotificationKind.SignalRaised, student)).Single().ClosedBy);
    }

    [Fact]
    public async Task Discrepant_assessments_ask_the_mentor_to_discuss_them_until_the_next_review()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var student = await Scenario.StudentAsync(mentor);

        await Scenario.PublishAsync(new AttitudeAssessmentSubmitted(Guid.NewGuid(), student, null, "trainer", "attitude", Monday, [], []));
        Assert.Empty(await Scenario.ItemsAsync(NotificationKind.AssessorDiscrepancy, student));

        await Scenario.PublishAsync(new AttitudeAssessmentSubmitted(Guid.NewGuid(), student, null, "self", "attitude", Monday.AddHours(1), [], ["initiative", "punctuality"]));
        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssessorDiscrepancy, student));
        Assert.Equal(mentor, item.RecipientId);
        Assert.Equal("2", item.Parameters["count"]);
        Assert.Null(item.DueAt);

        await Scenario.PublishAsync(new ReviewHeld(Guid.NewGuid(), student, Monday.AddDays(3), Monday.AddDays(3), MondayDate.AddDays(59)));
        Assert.Equal("event:ReviewHeld", (await Scenario.ItemsAsync(NotificationKind.AssessorDiscrepancy, student)).Single().ClosedBy);
    }

    [Fact]
    public async Task A_planned_review_tells_the_student_and_a_participating_trainer_but_not_another_trainer()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var student = await Scenario.StudentAsync(mentor);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var otherTrainer = await Scenario.TrainerAsync(Guid.NewGuid());
        await Scenario.PublishAsync(new PlacementStarted(Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-14)), MondayDate.AddDays(-14), 3));
        var review = Guid.NewGuid();

        await Scenario.PublishAsync(new ReviewScheduled(review, student, Monday.AddDays(10), ["student", "mentor", "trainer"], mentor.ToString()));

        var toStudent = Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Student, student));
        Assert.Equal(NotificationKind.ReviewScheduled, toStudent.Kind);
        Assert.Equal("2027-03-11", toStudent.Parameters["reviewDate"]);
        Assert.Null(toStudent.WorkItemId);
        Assert.Equal(NotificationKind.ReviewScheduled, Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer)).Kind);
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, otherTrainer));

        // Moved: news again; the same planning delivered again: nothing new.
        await Scenario.PublishAsync(new ReviewScheduled(review, student, Monday.AddDays(12), ["student", "mentor"], mentor.ToString()));
        await Scenario.PublishAsync(new ReviewScheduled(review, student, Monday.AddDays(12), ["student", "mentor"], mentor.ToString()));
        Assert.Equal(2, (await Scenario.NotificationsForAsync(RecipientKind.Student, student)).Count);
        Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer));
    }

    [Fact]
    public async Task Information_kinds_open_no_work_item()
    {
        var student = await Scenario.StudentAsync(null);

        await Scenario.PublishAsync(new ReviewScheduled(Guid.NewGuid(), student, Monday.AddDays(10), ["student"], "x"));

        Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Student, student));
        Assert.Empty(await Scenario.ItemsForAsync(RecipientKind.Student, student));
    }
}
