using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Features.PersonalData;
using PartnershipHub.Notifications.Tests.Inbox;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests.PersonalData;

/// <summary>The student's right of access, Notifications' part: what is in it, in which order, and who may have it.</summary>
public sealed class PersonalDataExportTests(NotificationsApiFixture fixture) : IClassFixture<NotificationsApiFixture>
{
    private static readonly JsonSerializerOptions Json = WireFormat.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private sealed record Arranged(
        Guid Student, Guid Mentor, Guid Teacher, Guid Company, string TrainerEmail,
        IReadOnlyList<Notification> ToStudent, Notification ToMentor, IReadOnlyList<WorkItem> Items, IReadOnlyList<OutgoingMail> Mails, IReadOnlyList<Guid> OtherStudentsRows);

    private static string Url(Guid student) => $"/api/students/{student}/export";

    private HttpClient As(string token) => fixture.CreateClient(token);

    /// <summary>
    /// A student with three notifications of their own, a work item of their own, a trainer's closed item and a mentor's
    /// escalated item about them, two mails and preferences in English; and another student with rows of their own.
    /// Rows are added out of order, so only the export's ordering can put them in order.
    /// </summary>
    private async Task<Arranged> StudentWithEverythingAsync()
    {
        var student = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        var teacher = Guid.NewGuid();
        var company = Guid.NewGuid();
        var trainer = InboxData.Trainer(company, $"{Guid.NewGuid():N}@bakkerij.test");
        var start = InboxData.Start;

        var hoursToLog = InboxData.WorkItem(RecipientKind.Student, student, NotificationKind.HoursToLog, studentId: student);
        hoursToLog.OpenedAt = start.AddDays(2);
        var hoursToApprove = InboxData.WorkItem(RecipientKind.Trainer, trainer.Id, NotificationKind.HoursToApprove, companyId: company, studentId: student);
        hoursToApprove.OpenedAt = start.AddDays(1);
        hoursToApprove.ClosedAt = start.AddDays(3);
        hoursToApprove.ClosedBy = "trainer-subject";
        hoursToApprove.CloseReason = "The week was a school holiday.";
        var signal = InboxData.WorkItem(RecipientKind.Staff, mentor, NotificationKind.SignalRaised, studentId: student).EscalatedTo(null);
        signal.OpenedAt = start;
        var toTeacher = InboxData.WorkItem(RecipientKind.Staff, teacher, NotificationKind.AssignmentToReview, studentId: student);
        toTeacher.OpenedAt = start.AddDays(4);

        var returned = InboxData.Notification(RecipientKind.Student, student, 30, NotificationKind.AssignmentReturned, read: true, studentId: student);
        var scheduled = InboxData.Notification(RecipientKind.Student, student, 10, NotificationKind.ReviewScheduled, studentId: student);
        var logHours = InboxData.Notification(RecipientKind.Student, student, 20, item: hoursToLog);
        var toMentor = InboxData.Notification(RecipientKind.Staff, mentor, 5, item: signal);
        var sent = ExportData.Mail(student, start.AddHours(6), sent: true);
        var waiting = ExportData.Mail(student, start.AddHours(1), sent: false, MailKind.Urgent);
        returned.MailId = sent.Id;
        returned.MailState = MailState.Queued;

        var other = Guid.NewGuid();
        var othersItem = InboxData.WorkItem(RecipientKind.Trainer, trainer.Id, NotificationKind.HoursToApprove, companyId: company, studentId: other);
        var othersNotification = InboxData.Notification(RecipientKind.Student, other, 15, NotificationKind.ReviewScheduled, studentId: other);
        var othersMail = ExportData.Mail(other, start.AddHours(2), sent: true);

        await fixture.AddAsync(
            ExportData.Student(student, mentor), trainer, returned, toMentor, othersNotification, logHours, scheduled,
            toTeacher, hoursToLog, othersItem, signal, hoursToApprove, sent, othersMail, waiting,
            ExportData.Preference(student, "en"), ExportData.Student(other, Guid.NewGuid()), ExportData.Preference(other, "nl"));
        return new Arranged(student, mentor, teacher, company, trainer.Email, [scheduled, logHours, returned], toMentor,
            [signal, hoursToApprove, hoursToLog, toTeacher], [waiting, sent], [other, othersItem.Id, othersNotification.Id, othersMail.Id]);
    }

    private static async Task<(NotificationsExport Export, string Raw)> ExportAsync(HttpClient client, Guid student)
    {
        using var response = await client.GetAsync(Url(student));
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {raw}");
        return (JsonSerializer.Deserialize<NotificationsExport>(raw, Json)!, raw);
    }

    [Fact]
    public async Task The_export_holds_the_copy_notifications_work_items_mails_and_preferences_in_order_and_nothing_of_another_student()
    {
        var a = await StudentWithEverythingAsync();

        var (export, raw) = await ExportAsync(As(TestTokens.Student(fixture.Audience, a.Student)), a.Student);

        Assert.Equal(PersonalDataApi.ServiceName, export.Service);
        Assert.Equal("notifications", JsonNode.Parse(raw)!["service"]!.GetValue<string>());
        Assert.Equal((a.Student, "500123", $"{a.Student:N}@student.test", (Guid?)a.Mentor),
            (export.Student!.Id, export.Student.StudentNumber, export.Student.Email, export.Student.MentorStaffId));

        // The student's own, oldest first, in the language of their preferences (English).
        Assert.Equal(a.ToStudent.Select(n => n.Id), export.Notifications.Select(n => n.Id));
        Assert.All(export.Notifications, n => Assert.Equal((RecipientKind.Student, a.Student), (n.RecipientKind, n.RecipientId)));
        foreach (var (stored, exported) in a.ToStudent.Zip(export.Notifications))
        {
            var english = NotificationTexts.Render(stored.Kind, stored.Parameters, "en", stored.Escalated);
            Assert.Equal((english.Title, english.Body, stored.Link, stored.CreatedAt, stored.ReadAt), (exported.Title, exported.Body, exported.Link, exported.CreatedAt, exported.ReadAt));
            Assert.Equal(stored.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal), exported.Parameters);
        }

        var returned = export.Notifications[2];
        Assert.Equal((MailState.Queued, (Guid?)a.Mails[1].Id), (returned.MailState, returned.MailId));
        Assert.Equal(a.Items[2].Id, export.Notifications[1].WorkItemId);

        // Others told about the student: the mentor's line for the signal.
        var toMentor = Assert.Single(export.NotificationsToOthers);
        Assert.Equal((a.ToMentor.Id, RecipientKind.Staff, a.Mentor), (toMentor.Id, toMentor.RecipientKind, toMentor.RecipientId));

        // Work items about the student, whoever they are for, in the order they opened.
        Assert.Equal(a.Items.Select(w => w.Id), export.WorkItems.Select(w => w.Id));
        var escalated = export.WorkItems[0];
        Assert.Equal((1, (RecipientKind?)RecipientKind.Staff, (Guid?)null), (escalated.EscalationLevel, escalated.EscalatedToKind, escalated.EscalatedToId));
        var closed = export.WorkItems[1];
        Assert.Equal((RecipientKind.Trainer, (Guid?)a.Company), (closed.RecipientKind, closed.CompanyId));
        Assert.Equal(("trainer-subject", "The week was a school holiday.", a.Items[1].ClosedAt), (closed.ClosedBy, closed.CloseReason, closed.ClosedAt));
        Assert.Equal(NotificationTexts.Render(NotificationKind.HoursToApprove, a.Items[1].Parameters, "en", false).Title, closed.Title);
        Assert.Null(export.WorkItems[2].ClosedAt);

        // Mails: address, subject and dates, oldest first; never the body.
        Assert.Equal(a.Mails.Select(m => (m.Id, m.Subject, m.ToAddress, m.CreatedAt, m.SentAt)),
            export.Mails.Select(m => (m.Id, m.Subject, m.ToAddress, m.CreatedAt, m.SentAt)));
        Assert.Null(export.Mails[0].SentAt);
        Assert.Equal(MailKind.Urgent, export.Mails[0].Kind);
        Assert.DoesNotContain(ExportData.MailBodyMarker, raw);
        Assert.DoesNotContain("htmlBody", raw, StringComparison.OrdinalIgnoreCase);

        var preferences = export.Preferences!;
        Assert.Equal((18, false, (TimeOnly?)new TimeOnly(22, 0), (TimeOnly?)new TimeOnly(7, 30), "en"),
            (preferences.DigestHour, preferences.Immediate, preferences.QuietFrom, preferences.QuietUntil, preferences.Language));
        Assert.Equal([NotificationKind.AssignmentReturned, NotificationKind.ReviewScheduled], preferences.MutedKinds);

        Assert.All(a.OtherStudentsRows, id => Assert.DoesNotContain(id.ToString(), raw, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_export_is_read_only_and_the_same_document_every_time()
    {
        var a = await StudentWithEverythingAsync();
        var client = As(TestTokens.Coordinator(fixture.Audience));

        var (_, first) = await ExportAsync(client, a.Student);
        var (_, second) = await ExportAsync(client, a.Student);

        Assert.Equal(WithoutExportedAt(first), WithoutExportedAt(second));
        var unread = await fixture.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.RecipientId == a.Student && n.ReadAt == null));
        Assert.Equal(2, unread);
    }

    [Fact]
    public async Task The_student_their_own_mentor_care_staff_and_a_coordinator_may_export()
    {
        var a = await StudentWithEverythingAsync();

        foreach (var token in new[]
        {
            TestTokens.Student(fixture.Audience, a.Student),
            TestTokens.Mentor(fixture.Audience, a.Mentor),
            TestTokens.Care(fixture.Audience, Guid.NewGuid()),
            TestTokens.Coordinator(fixture.Audience),
        })
        {
            var (export, _) = await ExportAsync(As(token), a.Student);
            Assert.Equal(a.Student, export.Student!.Id);
        }
    }

    [Fact]
    public async Task Another_student_another_mentor_the_teacher_and_trainer_with_items_about_the_student_and_an_operator_are_refused()
    {
        var a = await StudentWithEverythingAsync();

        foreach (var token in new[]
        {
            TestTokens.Student(fixture.Audience, Guid.NewGuid()),
            TestTokens.Mentor(fixture.Audience, Guid.NewGuid()),
            // The mentor's staff id without the mentor role.
            TestTokens.Teacher(fixture.Audience, a.Mentor),
            TestTokens.Teacher(fixture.Audience, a.Teacher),
            InboxNotificationsTests.TrainerToken(fixture.Audience, a.TrainerEmail, a.Company),
            TestTokens.Operator(fixture.Audience),
        })
        {
            using var response = await As(token).GetAsync(Url(a.Student));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_student_Notifications_knows_nothing_about_is_not_found()
    {
        using var response = await As(TestTokens.Coordinator(fixture.Audience)).GetAsync(Url(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_copy_the_rows_about_the_student_are_still_exported_in_Dutch_but_no_mentor_can_be_recognised()
    {
        var student = Guid.NewGuid();
        var notification = InboxData.Notification(RecipientKind.Student, student, 0, NotificationKind.AssignmentReturned, studentId: student);
        await fixture.AddAsync(notification);

        var (export, _) = await ExportAsync(As(TestTokens.Student(fixture.Audience, student)), student);

        Assert.Null(export.Student);
        Assert.Null(export.Preferences);
        var exported = Assert.Single(export.Notifications);
        Assert.Equal(NotificationTexts.Render(NotificationKind.AssignmentReturned, notification.Parameters, "nl", false).Body, exported.Body);
        Assert.Empty(export.WorkItems);
        Assert.Empty(export.Mails);

        using var mentor = await As(TestTokens.Mentor(fixture.Audience, Guid.NewGuid())).GetAsync(Url(student));
        Assert.Equal(HttpStatusCode.Forbidden, mentor.StatusCode);
    }

    private static string WithoutExportedAt(string raw)
    {
        var document = JsonNode.Parse(raw)!.AsObject();
        Assert.True(document.Remove("exportedAt"));
        return document.ToJsonString();
    }
}
