using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Rules;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using static PartnershipHub.Notifications.Tests.Rules.RulesScenario;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>The same fact twice adds nothing; a student's erasure removes everything about them for good.</summary>
public sealed class DuplicatesAndErasureTests(NotificationsApiFixture fixture) : RulesTestBase(fixture)
{
    [Fact]
    public async Task The_same_event_delivered_twice_or_republished_gives_one_notification()
    {
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-28));
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        var logged = new HoursLogged(placement.PlacementId, student, company, MondayDate.AddDays(-7), MondayDate.AddDays(-7), 8, Monday.AddDays(-6));

        await Scenario.PublishOnlyAsync(logged);
        await Scenario.PublishAsync(logged);
        // The same fact under a new message id (a producer that sent it again): the unique keys hold.
        await Scenario.PublishAsync(logged with { EventId = Guid.NewGuid() });
        var signal = new RiskSignalRaised(Guid.NewGuid(), student, null, "manual", true, "x", Monday);
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        await Scenario.PublishAsync(signal with { MentorStaffId = mentor });
        await Scenario.PublishAsync(signal with { MentorStaffId = mentor, EventId = Guid.NewGuid() });

        Assert.Single(await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student));
        Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer));
        Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Staff, mentor));
    }

    [Fact]
    public async Task An_erased_student_leaves_nothing_behind_and_late_events_bring_nothing_back()
    {
        var mentor = await Scenario.StaffAsync(Roles.Mentor);
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(mentor);
        var other = await Scenario.StudentAsync(mentor);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-28));
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, MondayDate.AddDays(-7), MondayDate.AddDays(-7), 8, Monday.AddDays(-6)));
        await Scenario.PublishAsync(new RiskSignalRaised(Guid.NewGuid(), student, mentor, "manual", false, "x", Monday));
        await Scenario.PublishAsync(new RiskSignalRaised(Guid.NewGuid(), other, mentor, "manual", false, "x", Monday));
        await Scenario.PublishAsync(new ReviewScheduled(Guid.NewGuid(), student, Monday.AddDays(3), ["student"], "x"));
        await Scenario.Fixture.InDatabaseAsync(async db =>
        {
            db.Mails.Add(new OutgoingMail { Id = Guid.NewGuid(), RecipientKind = RecipientKind.Student, RecipientId = student, ToAddress = "s@example.org", MessageId = "<x>" });
            return await db.SaveChangesAsync();
        });

        await Scenario.PublishAsync(new StudentErased(student));

        var left = await Scenario.Fixture.InDatabaseAsync(async db => new
        {
            Items = await db.WorkItems.CountAsync(i => i.StudentId == student),
            Notifications = await db.Notifications.CountAsync(n => n.StudentId == student || n.RecipientId == student),
            Placements = await db.Placements.CountAsync(p => p.StudentId == student),
            Rhythms = await db.Rhythms.CountAsync(r => r.StudentId == student),
            Mails = await db.Mails.CountAsync(m => m.RecipientId == student),
            Copy = await db.Students.AsNoTracking().SingleAsync(s => s.Id == student),
            OthersItems = await db.WorkItems.CountAsync(i => i.StudentId == other),
        });
        Assert.Equal((0, 0, 0, 0, 0), (left.Items, left.Notifications, left.Placements, left.Rhythms, left.Mails));
        Assert.True(left.Copy.IsErased);
        Assert.Equal("", left.Copy.DisplayName);
        Assert.Equal(1, left.OthersItems);

        // Events written before the erasure, delivered after it.
        await Scenario.PublishAsync(new StudentUpdated(student, "S1", "Sanne", "de Vries", new DateOnly(2009, 5, 1), null, null, null, null, "2026", StudentStatus.Active, 9));
        await Scenario.PublishAsync(new RiskSignalRaised(Guid.NewGuid(), student, mentor, "manual", true, "x", Monday.AddDays(1)));
        await Scenario.PublishAsync(new PlacementEnded(placement with { Status = PlacementStatus.Completed }, MondayDate, false, null, null, 9));
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, MondayDate, MondayDate, 8, Monday));

        var after = await Scenario.Fixture.InDatabaseAsync(async db => (
            await db.WorkItems.CountAsync(i => i.StudentId == student),
            await db.Placements.CountAsync(p => p.StudentId == student),
            (await db.Students.AsNoTracking().SingleAsync(s => s.Id == student)).DisplayName));
        Assert.Equal((0, 0, ""), after);
    }

    [Fact]
    public async Task Events_about_people_not_known_yet_are_kept_and_log_no_error()
    {
        var log = CapturedLog.AttachTo(Scenario.Fixture.Factory.Services);
        var coordinator = await Scenario.StaffAsync(Roles.Coordinator);
        var student = Guid.NewGuid();
        var company = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var week = MondayDate.AddDays(-7);

        await Scenario.PublishAsync(new HoursLogged(placement, student, company, week, week, 8, Monday.AddDays(-6)));
        await Scenario.PublishAsync(new AssignmentStatusChanged(
            new AssignmentSnapshot(Guid.NewGuid(), placement, student, company, "Kassa", [], null, AssignmentStatus.Submitted), Roles.Student, Monday, 2));
        await Scenario.PublishAsync(new ContactLogged(Guid.NewGuid(), placement, student, company, ContactKind.Call, Monday, false, "q", MondayDate.AddDays(3), Roles.Teacher));
        await Scenario.PublishAsync(new AttitudeAssessmentSubmitted(Guid.NewGuid(), student, placement, "trainer", "attitude", Monday, [], ["initiative"]));
        await Scenario.PublishAsync(new ReviewHeld(Guid.NewGuid(), student, Monday, Monday, MondayDate.AddDays(56)));
        await Scenario.PublishAsync(new RiskSignalRaised(Guid.NewGuid(), student, null, "manual", false, "x", Monday));
        await Scenario.PublishAsync(new TrainerErased(Guid.NewGuid(), company, 4));
        await Scenario.PublishAsync(new StudentErased(Guid.NewGuid()));

        // No trainer known at the company: the hours wait with nobody and move on at the next escalation run.
        var hours = Assert.Single(await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student));
        Assert.Equal(Recipients.NobodyYet, hours.RecipientId);
        // No mentor known: the signal goes to the coordinators rather than nobody.
        Assert.Contains(await Scenario.ItemsAsync(NotificationKind.SignalRaised, student), i => i.RecipientId == coordinator);

        await Scenario.RunEscalationAsync(Monday.AddHours(1));
        var moved = Assert.Single(await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student));
        Assert.Equal((1, (Guid?)null), (moved.EscalationLevel, moved.EscalatedToId));
        Assert.Contains(await Scenario.NotificationsForAsync(RecipientKind.Staff, coordinator), n => n.WorkItemId == moved.Id && n.Escalated);
        Assert.Empty(log.Errors);
    }
}
