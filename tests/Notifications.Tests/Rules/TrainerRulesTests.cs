using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Security;
using static PartnershipHub.Notifications.Tests.Rules.RulesScenario;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>What a workplace trainer is asked to do (agreement, assignments, hours, questions) and what closes it.</summary>
public sealed class TrainerRulesTests(NotificationsApiFixture fixture) : RulesTestBase(fixture)
{
    [Fact]
    public async Task A_proposed_placement_asks_its_trainer_to_sign_and_the_company_signature_closes_it()
    {
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var otherCompanyTrainer = await Scenario.TrainerAsync(Guid.NewGuid());
        var colleague = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, trainer, PlacementStatus.Proposed, MondayDate.AddDays(30));

        await Scenario.PublishAsync(new PlacementProposed(placement, 1) { OccurredAt = Monday });

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AgreementToSign, student));
        Assert.Equal((RecipientKind.Trainer, trainer), (item.RecipientKind, item.RecipientId));
        Assert.Equal(Monday.AddDays(23).Date, item.DueAt!.Value.Date); // start − 7 days
        Assert.Equal($"/trainer/placements/{placement.PlacementId}", item.Link);
        Assert.Equal("Sanne de Vries", item.Parameters["studentName"]);
        var notification = Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer));
        Assert.Equal($"item:{item.Id}:open", notification.DedupeKey);
        Assert.Equal(MailState.Pending, notification.MailState);
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, otherCompanyTrainer));
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, colleague));

        await Scenario.PublishAsync(new AgreementSignatureRecorded(placement.PlacementId, student, company, "student", Monday.AddHours(1), ["school", "company"]));
        Assert.True((await Scenario.ItemsAsync(NotificationKind.AgreementToSign, student)).Single().IsOpen);

        await Scenario.PublishAsync(new AgreementSignatureRecorded(placement.PlacementId, student, company, "company", Monday.AddHours(2), ["school"]));
        var closed = (await Scenario.ItemsAsync(NotificationKind.AgreementToSign, student)).Single();
        Assert.False(closed.IsOpen);
        Assert.Equal("event:AgreementSignatureRecorded", closed.ClosedBy);
    }

    [Fact]
    public async Task A_placement_without_a_trainer_asks_every_active_trainer_of_its_company_and_its_signing_closes_it()
    {
        var company = Guid.NewGuid();
        var first = await Scenario.TrainerAsync(company);
        var second = await Scenario.TrainerAsync(company);
        var left = await Scenario.TrainerAsync(company);
        await Scenario.PublishAsync(new TrainerDeactivated(left, company, 2));
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, null, PlacementStatus.Proposed, MondayDate.AddDays(5));

        await Scenario.PublishAsync(new PlacementProposed(placement, 1) { OccurredAt = Monday });

        var items = await Scenario.ItemsAsync(NotificationKind.AgreementToSign, student);
        Assert.Equal(new[] { first, second }.Order(), items.Select(i => i.RecipientId).Order());
        // Start in five days: due no sooner than three days after asking.
        Assert.All(items, i => Assert.Equal(Monday.AddDays(3), i.DueAt));

        await Scenario.PublishAsync(new PlacementAgreementSigned(placement with { Status = PlacementStatus.AgreementSigned }, Monday.AddDays(1), 2));
        Assert.All(await Scenario.ItemsAsync(NotificationKind.AgreementToSign, student), i => Assert.Equal("event:PlacementAgreementSigned", i.ClosedBy));
    }

    [Fact]
    public async Task An_assignment_drafted_by_the_school_asks_the_trainer_to_confirm_and_agreeing_closes_it()
    {
        var (student, _, trainer, placement) = await PlacedStudentAsync();
        var otherTrainer = await Scenario.TrainerAsync(Guid.NewGuid());
        var assignment = Assignment(placement, AssignmentStatus.Draft);

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment, Roles.Teacher, Monday, 1));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssignmentToConfirm, student));
        Assert.Equal(trainer, item.RecipientId);
        Assert.Equal(Monday.AddDays(7), item.DueAt);
        Assert.Equal("Winkel inrichten", item.Parameters["assignmentTitle"]);
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, otherTrainer));

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment with { Status = AssignmentStatus.Agreed }, Roles.Trainer, Monday.AddDays(1), 2));
        Assert.Equal("event:AssignmentStatusChanged", (await Scenario.ItemsAsync(NotificationKind.AssignmentToConfirm, student)).Single().ClosedBy);
    }

    [Fact]
    public async Task A_draft_by_the_trainer_themselves_asks_them_nothing()
    {
        var (student, _, _, placement) = await PlacedStudentAsync();

        await Scenario.PublishAsync(new AssignmentStatusChanged(Assignment(placement, AssignmentStatus.Draft), Roles.Trainer, Monday, 1));

        Assert.Empty(await Scenario.ItemsAsync(NotificationKind.AssignmentToConfirm, student));
    }

    [Fact]
    public async Task An_older_status_change_delivered_late_does_not_reopen_the_confirmation()
    {
        var (student, _, _, placement) = await PlacedStudentAsync();
        var assignment = Assignment(placement, AssignmentStatus.Draft);

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment with { Status = AssignmentStatus.Agreed }, Roles.Trainer, Monday.AddDays(1), 2));
        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment, Roles.Teacher, Monday, 1));

        Assert.Empty(await Scenario.ItemsAsync(NotificationKind.AssignmentToConfirm, student));
    }

    [Fact]
    public async Task A_submitted_assignment_asks_the_trainer_to_sign_off_then_the_teacher_to_review()
    {
        var teacher = await Scenario.StaffAsync(Roles.Teacher);
        var (student, _, trainer, placement) = await PlacedStudentAsync(teacher);
        var assignment = Assignment(placement, AssignmentStatus.Submitted);

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment, Roles.Student, Monday, 3));
        var signOff = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssignmentToSignOff, student));
        Assert.Equal(trainer, signOff.RecipientId);

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment with { Status = AssignmentStatus.SignedOff }, Roles.Trainer, Monday.AddDays(2), 4));
        Assert.False((await Scenario.ItemsAsync(NotificationKind.AssignmentToSignOff, student)).Single().IsOpen);
        var review = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssignmentToReview, student));
        Assert.Equal((RecipientKind.Staff, teacher), (review.RecipientKind, review.RecipientId));
        Assert.Equal(Monday.AddDays(16), review.DueAt);
        Assert.Equal("/teacher", review.Link);

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment with { Status = AssignmentStatus.Reviewed }, Roles.Teacher, Monday.AddDays(3), 5));
        Assert.False((await Scenario.ItemsAsync(NotificationKind.AssignmentToReview, student)).Single().IsOpen);
    }

    [Fact]
    public async Task A_returned_assignment_closes_the_sign_off_and_tells_the_student()
    {
        var (student, _, trainer, placement) = await PlacedStudentAsync();
        var assignment = Assignment(placement, AssignmentStatus.Submitted);
        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment, Roles.Student, Monday, 3));

        await Scenario.PublishAsync(new AssignmentStatusChanged(assignment with { Status = AssignmentStatus.Returned }, Roles.Trainer, Monday.AddDays(1), 4));

        Assert.Equal("event:AssignmentStatusChanged", (await Scenario.ItemsAsync(NotificationKind.AssignmentToSignOff, student)).Single().ClosedBy);
        var told = Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Student, student));
        Assert.Equal(NotificationKind.AssignmentReturned, told.Kind);
        Assert.Null(told.WorkItemId);
        Assert.Equal("/student", told.Link);
        Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer));
    }

    [Fact]
    public async Task An_assignment_event_before_its_placement_still_reaches_the_company_trainer()
    {
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var unknownPlacement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-20));

        await Scenario.PublishAsync(new AssignmentStatusChanged(Assignment(unknownPlacement, AssignmentStatus.Draft), Roles.Mentor, Monday, 1));

        Assert.Equal(trainer, Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssignmentToConfirm, student)).RecipientId);
    }

    [Fact]
    public async Task Logged_hours_ask_the_trainer_to_approve_the_week_and_approval_or_rejection_closes_it()
    {
        var (student, company, trainer, placement) = await PlacedStudentAsync();
        var week = MondayDate.AddDays(-7);
        var nextWeek = MondayDate;

        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, week.AddDays(1), week, 8, Monday.AddDays(-5)));
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, week.AddDays(2), week, 7, Monday.AddDays(-4)));
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, nextWeek, nextWeek, 8, Monday.AddHours(8)));

        var items = await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student);
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(trainer, i.RecipientId));
        Assert.Equal(new DateTimeOffset(week.AddDays(14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), items.Single(i => i.Parameters["weekStart"] == "2027-02-22").DueAt);
        Assert.Equal(2, (await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer)).Count);

        await Scenario.PublishAsync(new HoursApproved(placement.PlacementId, student, company, week, 15, 16) { OccurredAt = Monday.AddDays(1) });
        await Scenario.PublishAsync(new HoursRejected(placement.PlacementId, student, company, nextWeek, Monday.AddDays(1)));

        items = await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student);
        Assert.Equal(["event:HoursApproved", "event:HoursRejected"], items.OrderBy(i => i.Parameters["weekStart"]).Select(i => i.ClosedBy));

        // The student corrects the rejected week: it is to be approved again.
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, company, nextWeek, nextWeek, 6, Monday.AddDays(2)));
        var reopened = (await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student)).Single(i => i.Parameters["weekStart"] == "2027-03-01");
        Assert.True(reopened.IsOpen);
        Assert.Equal(3, (await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer)).Count);
    }

    [Fact]
    public async Task A_school_follow_up_question_asks_the_trainer_and_their_next_contact_closes_it()
    {
        var (student, company, trainer, placement) = await PlacedStudentAsync();
        var contact = Guid.NewGuid();

        await Scenario.PublishAsync(new ContactLogged(
            contact, placement.PlacementId, student, company, ContactKind.Call, Monday, false, "call", MondayDate.AddDays(5), Roles.Teacher));

        var item = Assert.Single(await Scenario.ItemsAsync(NotificationKind.SchoolQuestion, student));
        Assert.Equal(trainer, item.RecipientId);
        Assert.Equal(Monday.Date.AddDays(5), item.DueAt!.Value.UtcDateTime);

        // A school contact without a follow-up asks nothing more.
        await Scenario.PublishAsync(new ContactLogged(Guid.NewGuid(), placement.PlacementId, student, company, ContactKind.Mail, Monday.AddHours(1), false, "mail", null, Roles.Mentor));
        Assert.Single(await Scenario.ItemsAsync(NotificationKind.SchoolQuestion, student));

        await Scenario.PublishAsync(new ContactLogged(Guid.NewGuid(), placement.PlacementId, student, company, ContactKind.Call, Monday.AddDays(1), false, "reply", null, Roles.Trainer));
        Assert.Equal("event:ContactLogged", (await Scenario.ItemsAsync(NotificationKind.SchoolQuestion, student)).Single().ClosedBy);
    }

    [Fact]
    public async Task The_school_answering_a_concern_is_news_for_the_trainer_only()
    {
        var (student, company, trainer, placement) = await PlacedStudentAsync();
        var otherTrainer = await Scenario.TrainerAsync(Guid.NewGuid());

        await Scenario.PublishAsync(new WorkplaceConcernAnswered(Guid.NewGuid(), student, placement.PlacementId, company, "mentor", Monday));

        var told = Assert.Single(await Scenario.NotificationsForAsync(RecipientKind.Trainer, trainer));
        Assert.Equal(NotificationKind.SchoolQuestion, told.Kind);
        Assert.Null(told.WorkItemId);
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, otherTrainer));
    }

    [Fact]
    public async Task An_ended_placement_closes_what_can_no_longer_happen_and_keeps_work_done_waiting()
    {
        var (student, _, trainer, placement) = await PlacedStudentAsync();
        var toConfirm = Assignment(placement, AssignmentStatus.Draft);
        var handedIn = Assignment(placement, AssignmentStatus.Submitted);
        await Scenario.PublishAsync(new AssignmentStatusChanged(toConfirm, Roles.Teacher, Monday, 1));
        await Scenario.PublishAsync(new AssignmentStatusChanged(handedIn, Roles.Student, Monday, 3));
        await Scenario.PublishAsync(new HoursLogged(placement.PlacementId, student, placement.CompanyId, MondayDate, MondayDate, 8, Monday));

        await Scenario.PublishAsync(new PlacementEnded(
            placement with { Status = PlacementStatus.EndedEarly }, MondayDate.AddDays(1), true, PlacementEndReason.CompanyCircumstances, Roles.Coordinator, 4)
        { OccurredAt = Monday.AddDays(1) });

        var confirm = Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssignmentToConfirm, student));
        Assert.Equal("event:PlacementEnded", confirm.ClosedBy);
        Assert.True(Assert.Single(await Scenario.ItemsAsync(NotificationKind.AssignmentToSignOff, student)).IsOpen);
        var hours = Assert.Single(await Scenario.ItemsAsync(NotificationKind.HoursToApprove, student));
        Assert.True(hours.IsOpen);
        Assert.Equal(trainer, hours.RecipientId);
    }

    private async Task<(Guid Student, Guid Company, Guid Trainer, PlacementSnapshot Placement)> PlacedStudentAsync(Guid? teacher = null)
    {
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-28), teacherStaffId: teacher);
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3) { OccurredAt = Monday.AddDays(-28) });
        return (student, company, trainer, placement);
    }

    private static AssignmentSnapshot Assignment(PlacementSnapshot placement, AssignmentStatus status) =>
        new(Guid.NewGuid(), placement.PlacementId, placement.StudentId, placement.CompanyId, "Winkel inrichten", ["initiative"], MondayDate.AddDays(21), status);
}
