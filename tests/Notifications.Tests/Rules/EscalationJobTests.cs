using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Security;
using static PartnershipHub.Notifications.Tests.Rules.RulesScenario;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>An item past due moves on once: a trainer's to the school contact, a mentor's to the coordinators.</summary>
public sealed class EscalationJobTests(NotificationsApiFixture fixture) : RulesTestBase(fixture)
{
    [Fact]
    public async Task Hours_not_approved_in_time_go_to_the_placement_teacher_once()
    {
        var teacher = await Scenario.StaffAsync(Roles.Teacher);
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company, "Tessa Trainer");
        var student = await Scenario.StudentAsync(mentor);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-28), teacherStaffId: teacher);
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        var week = MondayDate.AddDays(-7);
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, week, week, 8, Monday.AddDays(-6)));
        var item = await Scenario.WaitForItemAsync(NotificationKind.HoursToApprove, student);

        await Scenario.RunEscalationAsync(item.DueAt!.Value.AddMinutes(-1));
        Assert.Equal(0, (await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student)).Single().EscalationLevel);

        await Scenario.RunEscalationAsync(item.DueAt!.Value.AddMinutes(1));
        await Scenario.RunEscalationAsync(item.DueAt!.Value.AddMinutes(6));

        var escalated = (await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student)).Single();
        Assert.Equal((1, RecipientKind.Staff, teacher), (escalated.EscalationLevel, escalated.EscalatedToKind!.Value, escalated.EscalatedToId!.Value));
        Assert.True(escalated.IsOpen);
        var told = Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Staff, teacher));
        Assert.True(told.Escalated);
        Assert.Equal($"item:{item.Id}:escalated:{teacher}", told.DedupeKey);
        Assert.Equal("Tessa Trainer", told.Parameters["recipientName"]);
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Staff, mentor));
    }

    [Fact]
    public async Task Without_a_teacher_a_trainer_item_goes_to_the_student_mentor()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(mentor);
        var placement = Placement(student, company, trainer, PlacementStatus.Proposed, MondayDate.AddDays(30));
        await Scenario.PublishAsync(new PlacementProposed(placement, 1) { OccurredAt = Monday });

        await Scenario.RunEscalationAsync(Monday.AddDays(24));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AgreementToSign, student));
        Assert.Equal(mentor, item.EscalatedToId);
        Assert.True(Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Staff, mentor)).Escalated);
    }

    [Fact]
    public async Task A_signal_the_mentor_leaves_goes_to_every_coordinator()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor, name: "Maarten Mentor");
        var coordinator = await Scenario.StaffAsync(Roles.Coordinator);
        var otherCoordinator = await Scenario.StaffAsync(Roles.Coordinator);
        var formerCoordinator = await Scenario.StaffAsync(Roles.Coordinator, active: false);
        var student = await Scenario.StudentAsync(mentor);
        await Scenario.PublishAsync(new RiskSignalRaised(Guid.NewGuid(), student, mentor, "manual", false, "x", Monday));

        await Scenario.RunEscalationAsync(Monday.AddDays(5).AddMinutes(1));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.SignalRaised, student));
        Assert.Equal((1, RecipientKind.Staff), (item.EscalationLevel, item.EscalatedToKind!.Value));
        Assert.Null(item.EscalatedToId);
        foreach (var person in new[] { coordinator, otherCoordinator })
        {
            var told = (await Scenario.NotificationsForAsync(RecipientKind.Staff, person)).Single(n => n.WorkItemId == item.Id);
            Assert.True(told.Escalated);
            Assert.Equal("Maarten Mentor", told.Parameters["recipientName"]);
        }

        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Staff, formerCoordinator));
    }

    [Fact]
    public async Task An_item_whose_trainer_left_moves_on_at_once()
    {
        var teacher = await Scenario.StaffAsync(Roles.Teacher);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-28), teacherStaffId: teacher);
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        await Scenario.PublishAsync(new ContactLogged(Guid.NewGuid(), placement.PlacementId, student, company, ContactKind.Call, Monday, false, "q", MondayDate.AddDays(10), Roles.Teacher));

        await Scenario.PublishAsync(new TrainerDeactivated(trainer, company, 2));
        await Scenario.RunEscalationAsync(Monday.AddHours(1));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.SchoolQuestion, student));
        Assert.Equal(teacher, item.EscalatedToId);
        Assert.True(item.IsOpen);
    }

    [Fact]
    public async Task A_trainer_who_left_gets_no_new_items_and_erasure_keeps_their_items_moving()
    {
        var teacher = await Scenario.StaffAsync(Roles.Teacher);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var colleague = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-28), teacherStaffId: teacher);
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        var week = MondayDate.AddDays(-7);
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, week, week, 8, Monday.AddDays(-6)));

        await Scenario.PublishAsync(new TrainerDeactivated(trainer, company, 2));
        await Scenario.PublishAsync(new TrainerErased(trainer, company, 3));
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, MondayDate, MondayDate, 8, Monday.AddHours(8)));

        var items = await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student);
        Assert.Equal(trainer, items.Single(i => i.Parameters["weekStart"] == "2027-02-22").RecipientId);
        Assert.Equal(colleague, items.Single(i => i.Parameters["weekStart"] == "2027-03-01").RecipientId);
        var erased = await Scenario.Fixture.InDatabaseAsync(db => db.Trainers.FindAsync(trainer).AsTask());
        Assert.Equal(("", "", false), (erased!.Name, erased.Email, erased.Active));

        await Scenario.RunEscalationAsync(Monday.AddHours(9));
        var moved = (await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student)).Single(i => i.RecipientId == trainer);
        Assert.True(moved.IsOpen);
        Assert.Equal(teacher, moved.EscalatedToId);
        Assert.False(Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Staff, teacher)).Parameters.ContainsKey("recipientName"));
    }
}
