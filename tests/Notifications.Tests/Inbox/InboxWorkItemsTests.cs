using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests.Inbox;

/// <summary>
/// The "to do" list: items addressed to me, escalated to me, and (coordinators) escalated to the coordinators; closing
/// one by hand with a reason, never someone else's.
/// </summary>
public sealed class InboxWorkItemsTests(NotificationsApiFixture fixture) : IClassFixture<NotificationsApiFixture>
{
    private static async Task<JsonElement> ItemsAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/notifications/work-items{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static Task<HttpResponseMessage> CloseAsync(HttpClient client, Guid id, string? reason) =>
        client.PostAsJsonAsync($"/api/notifications/work-items/{id}/close", new { reason });

    [Fact]
    public async Task Each_sees_their_own_items_those_escalated_to_them_and_coordinators_those_escalated_to_the_coordinators()
    {
        var (mentorId, teacherId, coordinatorId, otherMentorId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var trainer = InboxData.Trainer(Guid.NewGuid(), $"t.{Guid.NewGuid():N}@bedrijf.test", "Kees Bakker");
        var mentorsOwn = InboxData.WorkItem(RecipientKind.Staff, mentorId, NotificationKind.ReviewDue, dueInDays: 3);
        var urgent = InboxData.WorkItem(RecipientKind.Staff, mentorId, NotificationKind.SignalRaised, dueInDays: 5);
        urgent.Urgent = true;
        var toTeacher = InboxData.WorkItem(RecipientKind.Trainer, trainer.Id, NotificationKind.HoursToApprove, trainer.CompanyId).EscalatedTo(teacherId);
        var toCoordinators = InboxData.WorkItem(RecipientKind.Staff, otherMentorId, NotificationKind.SignalRaised).EscalatedTo(null);
        await fixture.AddAsync(trainer, InboxData.Staff(otherMentorId, "Pieter Jansen", "nl", Roles.Mentor), mentorsOwn, urgent, toTeacher, toCoordinators);

        var mentor = await ItemsAsync(fixture.CreateClient(TestTokens.Mentor(fixture.Audience, mentorId)));
        // Urgent first, then the earliest due.
        Assert.Equal([urgent.Id, mentorsOwn.Id], Ids(mentor));
        Assert.Equal(2, mentor.GetProperty("total").GetInt32());
        Assert.All(mentor.GetProperty("items").EnumerateArray(), i => Assert.False(i.GetProperty("escalated").GetBoolean()));

        var teacher = await ItemsAsync(fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacherId)), "?language=en");
        var line = Assert.Single(teacher.GetProperty("items").EnumerateArray());
        Assert.Equal(toTeacher.Id, line.GetProperty("id").GetGuid());
        Assert.True(line.GetProperty("escalated").GetBoolean());
        Assert.Equal(1, line.GetProperty("escalationLevel").GetInt32());
        Assert.Equal("Kees Bakker", line.GetProperty("recipientName").GetString());
        Assert.Equal(toTeacher.Link, line.GetProperty("link").GetString());
        Assert.Equal("hoursToApprove", line.GetProperty("kind").GetString());
        Assert.Equal(toTeacher.DueAt, line.GetProperty("dueAt").GetDateTimeOffset());
        var (title, body) = NotificationTexts.Render(toTeacher.Kind, toTeacher.Parameters, "en", escalated: true);
        Assert.Equal(title, line.GetProperty("title").GetString());
        Assert.Equal(body, line.GetProperty("body").GetString());

        // Every coordinator holds what escalated to the coordinators (other tests' items too): look for this one.
        var coordinator = await ItemsAsync(fixture.CreateClient(TestTokens.Coordinator(fixture.Audience, coordinatorId)), "?pageSize=100");
        var escalated = Assert.Single(coordinator.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == toCoordinators.Id);
        Assert.True(escalated.GetProperty("escalated").GetBoolean());
        Assert.DoesNotContain(mentorsOwn.Id, Ids(coordinator));
        Assert.DoesNotContain(toTeacher.Id, Ids(coordinator));
        Assert.Equal("Pieter Jansen", escalated.GetProperty("recipientName").GetString());

        // A mentor is no coordinator: the coordinators' items are not theirs; the trainer whose item escalated still has it.
        Assert.Empty(Ids(await ItemsAsync(fixture.CreateClient(TestTokens.Mentor(fixture.Audience, teacherId)))).Except([toTeacher.Id]));
        var trainerToken = InboxNotificationsTests.TrainerToken(fixture.Audience, trainer.Email, trainer.CompanyId);
        Assert.Equal([toTeacher.Id], Ids(await ItemsAsync(fixture.CreateClient(trainerToken))));
        Assert.Empty(Ids(await ItemsAsync(fixture.CreateClient(InboxNotificationsTests.TrainerToken(fixture.Audience, trainer.Email)))));
    }

    [Fact]
    public async Task Closing_needs_a_reason_of_3_to_500_characters()
    {
        var mentorId = Guid.NewGuid();
        var item = InboxData.WorkItem(RecipientKind.Staff, mentorId, NotificationKind.ReviewDue);
        await fixture.AddAsync(item);
        var client = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, mentorId));

        foreach (var reason in new[] { null, "", "  ok  ", new string('x', 501) })
        {
            using var response = await CloseAsync(client, item.Id, reason);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _), problem.ToString());
        }

        Assert.Null(await fixture.InDatabaseAsync(db => Task.FromResult(db.WorkItems.Single(w => w.Id == item.Id).ClosedAt)));
    }

    [Fact]
    public async Task Closing_with_a_reason_keeps_it_marks_its_notifications_read_and_a_second_close_is_a_409()
    {
        var (mentorId, coordinatorId) = (Guid.NewGuid(), Guid.NewGuid());
        var item = InboxData.WorkItem(RecipientKind.Staff, mentorId, NotificationKind.SignalRaised).EscalatedTo(null);
        var opened = InboxData.Notification(RecipientKind.Staff, mentorId, 0, item: item);
        var toCoordinator = InboxData.Notification(RecipientKind.Staff, coordinatorId, 1, item: item, escalated: true);
        await fixture.AddAsync(item, opened, toCoordinator);
        var coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience, coordinatorId));

        using var response = await CloseAsync(coordinator, item.Id, "  Besproken met de mentor; de student is weer in beeld.  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var closed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(item.Id, closed.GetProperty("id").GetGuid());
        Assert.Equal("Besproken met de mentor; de student is weer in beeld.", closed.GetProperty("closeReason").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("closedAt").ValueKind);
        Assert.False(string.IsNullOrEmpty(closed.GetProperty("closedBy").GetString()));
        Assert.True(closed.GetProperty("escalated").GetBoolean());
        var unread = await fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications.Count(n => n.WorkItemId == item.Id && n.ReadAt == null)));
        Assert.Equal(0, unread);

        // Every coordinator holds what escalated to the coordinators (other tests' items too): look for this one.
        Assert.DoesNotContain(item.Id, Ids(await ItemsAsync(coordinator)));
        Assert.Contains(item.Id, Ids(await ItemsAsync(coordinator, "?open=false")));
        var mentorList = await fixture.CreateClient(TestTokens.Mentor(fixture.Audience, mentorId)).GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.False(mentorList.GetProperty("items")[0].GetProperty("workItemOpen").GetBoolean());

        using var again = await CloseAsync(fixture.CreateClient(TestTokens.Mentor(fixture.Audience, mentorId)), item.Id, "Nog een keer.");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("work-item-closed", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Someone_elses_item_cannot_be_closed_and_is_answered_404()
    {
        var (mentorId, otherMentorId, studentId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var notEscalated = InboxData.WorkItem(RecipientKind.Staff, otherMentorId, NotificationKind.SignalRaised);
        var studentsItem = InboxData.WorkItem(RecipientKind.Student, studentId, NotificationKind.HoursToLog, studentId: studentId);
        await fixture.AddAsync(notEscalated, studentsItem);

        // Another mentor's item; a coordinator before it escalated; another student's item; a trainer without a company.
        var callers = new[]
        {
            TestTokens.Mentor(fixture.Audience, mentorId),
            TestTokens.Coordinator(fixture.Audience),
            TestTokens.Student(fixture.Audience, Guid.NewGuid()),
            InboxNotificationsTests.TrainerToken(fixture.Audience, "nobody@bedrijf.test"),
        };
        foreach (var token in callers)
        {
            var client = fixture.CreateClient(token);
            Assert.Equal(HttpStatusCode.NotFound, (await CloseAsync(client, notEscalated.Id, "Niet van mij.")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await CloseAsync(client, studentsItem.Id, "Niet van mij.")).StatusCode);
        }

        Assert.Equal(0, await fixture.InDatabaseAsync(db => Task.FromResult(db.WorkItems.Count(w => (w.Id == notEscalated.Id || w.Id == studentsItem.Id) && w.ClosedAt != null))));

        // The student closes their own.
        var student = fixture.CreateClient(TestTokens.Student(fixture.Audience, studentId));
        Assert.Equal([studentsItem.Id], Ids(await ItemsAsync(student)));
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(student, studentsItem.Id, "Ik was die week ziek.")).StatusCode);
    }

    [Fact]
    public async Task Work_items_page_with_the_same_bounds_as_the_list()
    {
        var mentorId = Guid.NewGuid();
        await fixture.AddAsync([.. Enumerable.Range(0, 5).Select(i => InboxData.WorkItem(RecipientKind.Staff, mentorId, NotificationKind.ReviewDue, dueInDays: i + 1))]);
        var client = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, mentorId));

        var second = await ItemsAsync(client, "?page=2&pageSize=2");
        Assert.Equal(5, second.GetProperty("total").GetInt32());
        var due = second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal([InboxData.Start.AddDays(3), InboxData.Start.AddDays(4)], due);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/notifications/work-items?pageSize=500")).StatusCode);
    }
}
