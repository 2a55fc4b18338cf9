using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Security;
using static PartnershipHub.Notifications.Tests.Rules.RulesScenario;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>Items time opens (the due job), and that running it again adds nothing.</summary>
public sealed class DueItemsJobTests(NotificationsApiFixture fixture) : RulesTestBase(fixture)
{
    [Fact]
    public async Task A_student_who_logged_no_hours_last_week_is_reminded_once_and_logging_closes_it()
    {
        var (student, company, placement) = await ActivePlacementAsync(null, MondayDate.AddDays(-21));

        await Scenario.RunDueItemsAsync(Monday.AddDays(2));
        await Scenario.RunDueItemsAsync(Monday.AddDays(2).AddMinutes(15));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.HoursToLog, student));
        Assert.Equal((RecipientKind.Student, student), (item.RecipientKind, item.RecipientId));
        Assert.Equal("2027-02-22", item.Parameters["weekStart"]);
        Assert.Equal("/student", item.Link);
        Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Student, student));

        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, MondayDate.AddDays(-6), MondayDate.AddDays(-7), 8, Monday.AddDays(2).AddHours(1)));
        Assert.Equal("event:HoursLogged", (await Scenario.ItemsAsync(NotificationKind.HoursToLog, student)).Single().ClosedBy);

        // Answered: a later run of the same week does not ask again.
        await Scenario.RunDueItemsAsync(Monday.AddDays(3));
        Assert.Single(await Scenario.ItemsAsync(NotificationKind.HoursToLog, student));
    }

    [Fact]
    public async Task A_review_two_weeks_ahead_asks_the_trainer_and_the_student_to_assess_and_their_assessments_close_it()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var (student, _, placement) = await ActivePlacementAsync(mentor, MondayDate.AddDays(-60));
        await Scenario.PublishAsync(new ReviewHeld(Guid.NewGuid(), student, Monday.AddDays(-50), Monday.AddDays(-50), MondayDate.AddDays(10)));

        await Scenario.RunDueItemsAsync(Monday.AddDays(-10));
        Assert.Empty(await Scenario.ItemsAsync(NotificationKind.AssessmentDue, student));

        await Scenario.RunDueItemsAsync(Monday);
        var trainerItem = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssessmentDue, student));
        Assert.Equal(placement.TrainerId, trainerItem.RecipientId);
        Assert.Equal(new DateTimeOffset(MondayDate.AddDays(10).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), trainerItem.DueAt);
        Assert.Equal($"/trainer/placements/{placement.PlacementId}/assess", trainerItem.Link);
        var selfItem = Assert.Single(await Scenario.ItemsAsync(NotificationKind.SelfAssessmentDue, student));
        Assert.Equal(student, selfItem.RecipientId);

        await Scenario.PublishAsync(new AttitudeAssessmentSubmitted(Guid.NewGuid(), student, placement.PlacementId, "trainer", "attitude", Monday.AddDays(1), [], []));
        await Scenario.PublishAsync(new AttitudeAssessmentSubmitted(Guid.NewGuid(), student, placement.PlacementId, "self", "attitude", Monday.AddDays(1), [], []));
        Assert.False((await Scenario.ItemsAsync(NotificationKind.AssessmentDue, student)).Single().IsOpen);
        Assert.False((await Scenario.ItemsAsync(NotificationKind.SelfAssessmentDue, student)).Single().IsOpen);

        await Scenario.RunDueItemsAsync(Monday.AddDays(2));
        Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssessmentDue, student));
    }

    [Fact]
    public async Task A_review_due_within_a_week_asks_the_mentor_to_plan_it_and_planning_closes_it()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var student = await Scenario.StudentAsync(mentor);
        await Scenario.PublishAsync(new ReviewHeld(Guid.NewGuid(), student, Monday.AddDays(-50), Monday.AddDays(-50), MondayDate.AddDays(5)));

        await Scenario.RunDueItemsAsync(Monday);

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.ReviewDue, student));
        Assert.Equal(mentor, item.RecipientId);
        Assert.Equal(new DateTimeOffset(MondayDate.AddDays(12).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), item.DueAt);
        Assert.Equal($"/mentor/students/{student}/plan", item.Link);

        await Scenario.PublishAsync(new ReviewScheduled(Guid.NewGuid(), student, Monday.AddDays(4), ["student", "mentor"], mentor.ToString()));
        Assert.Equal("event:ReviewScheduled", (await Scenario.ItemsAsync(NotificationKind.ReviewDue, student)).Single().ClosedBy);

        await Scenario.RunDueItemsAsync(Monday.AddDays(1));
        Assert.Single(await Scenario.ItemsAsync(NotificationKind.ReviewDue, student));
    }

    [Fact]
    public async Task Six_weeks_without_contact_asks_the_teacher_and_a_contact_closes_it()
    {
        var teacher = await Scenario.StaffAsync(Roles.Teacher);
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(mentor);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-50), teacherStaffId: teacher);
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));

        await Scenario.RunDueItemsAsync(Monday.AddDays(-10));
        Assert.Empty(await Scenario.ItemsAsync(NotificationKind.NoRecentContact, student));

        await Scenario.RunDueItemsAsync(Monday);
        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.NoRecentContact, student));
        Assert.Equal(teacher, item.RecipientId);
        Assert.Empty(await Scenario.ItemsForAsync(RecipientKind.Staff, mentor));

        await Scenario.PublishAsync(new ContactLogged(Guid.NewGuid(), placement.PlacementId, student, company, ContactKind.Visit, Monday.AddHours(3), true, "visit", null, Roles.Teacher));
        Assert.Equal("event:ContactLogged", (await Scenario.ItemsAsync(NotificationKind.NoRecentContact, student)).Single().ClosedBy);

        await Scenario.RunDueItemsAsync(Monday.AddDays(7));
        Assert.Single(await Scenario.ItemsAsync(NotificationKind.NoRecentContact, student));
    }

    [Fact]
    public async Task Coordinators_count_unplaced_students_and_unsigned_agreements_of_a_coming_period()
    {
        var coordinator = await Scenario.StaffAsync(Roles.Coordinator);
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var crebo = Random.Shared.Next(30000, 39999).ToString();
        var period = Guid.NewGuid();
        var start = MondayDate.AddDays(12);
        await Scenario.PublishAsync(new CapacityPublished(Guid.NewGuid(), period, "Periode 3", start, start.AddDays(70), crebo, 5, 1));
        var first = await Scenario.StudentAsync(null, crebo);
        var second = await Scenario.StudentAsync(null, crebo);
        await Scenario.StudentAsync(null, "99999");

        await Scenario.RunDueItemsAsync(Monday);

        var unplaced = (await Scenario.ItemsForAsync(RecipientKind.Staff, coordinator)).Single(i => i.Kind == NotificationKind.StudentsUnplaced && i.SubjectKey == $"unplaced:{period}");
        Assert.Equal("2", unplaced.Parameters["count"]);
        Assert.Equal("/coordinator/matching", unplaced.Link);
        Assert.Empty(await Scenario.ItemsForAsync(RecipientKind.Staff, mentor));

        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var proposal = Placement(first, company, trainer, PlacementStatus.Proposed, start, period);
        await Scenario.PublishAsync(new PlacementProposed(proposal, 1) { OccurredAt = Monday.AddHours(1) });
        await Scenario.RunDueItemsAsync(Monday.AddHours(2));

        var items = await Scenario.ItemsForAsync(RecipientKind.Staff, coordinator);
        Assert.Equal("1", items.Single(i => i.SubjectKey == $"unplaced:{period}").Parameters["count"]);
        var unsigned = items.Single(i => i.SubjectKey == $"unsigned:{period}");
        Assert.Equal(NotificationKind.AgreementsUnsigned, unsigned.Kind);
        Assert.Equal("1", unsigned.Parameters["count"]);
        // A smaller count is no news: one notification per item so far.
        Assert.Equal(2, (await Scenario.NotificationsForAsync(RecipientKind.Staff, coordinator)).Count(n => n.Kind is NotificationKind.StudentsUnplaced or NotificationKind.AgreementsUnsigned && n.Parameters["periodName"] == "Periode 3" && (n.WorkItemId == unplaced.Id || n.WorkItemId == unsigned.Id)));

        await Scenario.PublishAsync(new PlacementProposed(Placement(second, company, trainer, PlacementStatus.Proposed, start, period), 1) { OccurredAt = Monday.AddHours(3) });
        await Scenario.PublishAsync(new PlacementAgreementSigned(proposal with { Status = PlacementStatus.AgreementSigned }, Monday.AddHours(3), 2));
        await Scenario.RunDueItemsAsync(Monday.AddHours(4));

        items = await Scenario.ItemsForAsync(RecipientKind.Staff, coordinator);
        Assert.Equal(ClosedByJob, items.Single(i => i.SubjectKey == $"unplaced:{period}").ClosedBy);
        var stillUnsigned = items.Single(i => i.SubjectKey == $"unsigned:{period}");
        Assert.True(stillUnsigned.IsOpen);
        Assert.Equal("1", stillUnsigned.Parameters["count"]);
    }

    [Fact]
    public async Task Running_the_due_job_twice_at_the_same_time_changes_nothing_the_second_time()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        await Scenario.StaffAsync(Roles.Coordinator);
        var (student, _, _) = await ActivePlacementAsync(mentor, MondayDate.AddDays(-60));
        await Scenario.PublishAsync(new ReviewHeld(Guid.NewGuid(), student, Monday.AddDays(-50), Monday.AddDays(-50), MondayDate.AddDays(3)));
        var now = Monday.AddDays(1);

        await Scenario.RunDueItemsAsync(now);
        var first = await SnapshotAsync();
        await Scenario.RunDueItemsAsync(now);
        await Scenario.RunDueItemsAsync(now.AddMinutes(15));
        var again = await SnapshotAsync();

        Assert.Contains(first.Items, i => i.StartsWith($"HoursToLog|hours-to-log:", StringComparison.Ordinal));
        Assert.Contains(first.Items, i => i.StartsWith($"ReviewDue|review-due:{student}", StringComparison.Ordinal));
        Assert.Equal(first.Items, again.Items);
        Assert.Equal(first.Notifications, again.Notifications);
    }

    private const string ClosedByJob = "job:due-items";

    private Task<(List<string> Items, List<string> Notifications)> SnapshotAsync() =>
        Scenario.Fixture.InDatabaseAsync(async db => (
            await db.WorkItems.AsNoTracking().OrderBy(i => i.Id)
                .Select(i => i.Kind.ToString() + "|" + i.SubjectKey + "|" + i.RecipientId + "|" + (i.ClosedAt == null ? "open" : "closed")).ToListAsync(),
            await db.Notifications.AsNoTracking().OrderBy(n => n.Id).Select(n => n.RecipientId + "|" + n.DedupeKey).ToListAsync()));

    private async Task<(Guid Student, Guid Company, PlacementSnapshot Placement)> ActivePlacementAsync(Guid? mentor, DateOnly start)
    {
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(mentor);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, start);
        await Scenario.PublishAsync(new PlacementStarted(placement, start, 3));
        return (student, company, placement);
    }
}
