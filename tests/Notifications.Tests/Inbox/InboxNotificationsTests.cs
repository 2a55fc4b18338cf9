using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Security;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests.Inbox;

/// <summary>The bell's list, its unread count and marking as read, for each kind of addressee; never someone else's.</summary>
public sealed class InboxNotificationsTests(NotificationsApiFixture fixture) : IClassFixture<NotificationsApiFixture>
{
    private HttpClient Mentor(Guid staffId) => fixture.CreateClient(TestTokens.Mentor(fixture.Audience, staffId));

    internal static string TrainerToken(string audience, string email, params Guid[] companyIds) =>
        TestTokens.For(audience, Roles.Trainer, [(CurrentRecipients.EmailClaim, email), .. companyIds.Select(id => (ClaimNames.CompanyId, id.ToString()))]);

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await GetJsonAsync(client, "/api/notifications/unread-count")).GetProperty("unread").GetInt32();

    [Fact]
    public async Task The_list_pages_newest_first_and_counts_the_unread()
    {
        var mentorId = Guid.NewGuid();
        var rows = Enumerable.Range(0, 25).Select(i => InboxData.Notification(RecipientKind.Staff, mentorId, i, read: i < 5)).ToList();
        await fixture.AddAsync([.. rows, InboxData.Notification(RecipientKind.Staff, Guid.NewGuid(), 100)]);
        var client = Mentor(mentorId);

        var first = await GetJsonAsync(client, "/api/notifications?page=1&pageSize=10");
        Assert.Equal(25, first.GetProperty("total").GetInt32());
        Assert.Equal(20, first.GetProperty("unread").GetInt32());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(10, first.GetProperty("pageSize").GetInt32());
        var created = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(10, created.Count);
        Assert.Equal(InboxData.Start.AddMinutes(24), created[0]);
        Assert.Equal(created.OrderByDescending(c => c), created);

        var last = await GetJsonAsync(client, "/api/notifications?page=3&pageSize=10");
        Assert.Equal(5, last.GetProperty("items").GetArrayLength());
        Assert.Equal(InboxData.Start, last.GetProperty("items")[4].GetProperty("createdAt").GetDateTimeOffset());

        var unread = await GetJsonAsync(client, "/api/notifications?unread=true&pageSize=100");
        Assert.Equal(20, unread.GetProperty("total").GetInt32());
        Assert.All(unread.GetProperty("items").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("readAt").ValueKind));
        var read = await GetJsonAsync(client, "/api/notifications?unread=false");
        Assert.Equal(5, read.GetProperty("total").GetInt32());
        Assert.Equal(20, await UnreadAsync(client));
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("language=fr", "language")]
    public async Task A_bad_page_or_language_is_a_400_naming_the_field(string query, string field)
    {
        using var response = await Mentor(Guid.NewGuid()).GetAsync($"/api/notifications?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}: {problem}");
    }

    [Fact]
    public async Task Texts_come_in_the_language_asked_for_else_the_persons_own_with_the_link_and_the_item_state()
    {
        var mentorId = Guid.NewGuid();
        var studentId = Guid.NewGuid();
        var item = InboxData.WorkItem(RecipientKind.Staff, mentorId, NotificationKind.SignalRaised, studentId: studentId);
        var notification = InboxData.Notification(RecipientKind.Staff, mentorId, 0, item: item);
        await fixture.AddAsync(InboxData.Staff(mentorId, "Anouk de Vries", "en", Roles.Mentor), item, notification);
        var client = Mentor(mentorId);
        var english = NotificationTexts.Render(item.Kind, notification.Parameters, "en", escalated: false);
        var dutch = NotificationTexts.Render(item.Kind, notification.Parameters, "nl", escalated: false);

        var own = (await GetJsonAsync(client, "/api/notifications")).GetProperty("items")[0];
        Assert.Equal(english.Title, own.GetProperty("title").GetString());
        Assert.Equal(english.Body, own.GetProperty("body").GetString());
        Assert.Equal("signalRaised", own.GetProperty("kind").GetString());
        Assert.Equal(item.Link, own.GetProperty("link").GetString());
        Assert.Equal(item.Id, own.GetProperty("workItemId").GetGuid());
        Assert.True(own.GetProperty("workItemOpen").GetBoolean());
        Assert.Equal(studentId, own.GetProperty("studentId").GetGuid());
        Assert.False(own.GetProperty("escalated").GetBoolean());

        var asked = (await GetJsonAsync(client, "/api/notifications?language=nl")).GetProperty("items")[0];
        Assert.Equal(dutch.Title, asked.GetProperty("title").GetString());
        Assert.Equal(dutch.Body, asked.GetProperty("body").GetString());

        // A person without a language of their own (a trainer, a student) reads Dutch.
        var studentNotification = InboxData.Notification(RecipientKind.Student, studentId, 0, NotificationKind.AssignmentReturned);
        await fixture.AddAsync(studentNotification);
        var student = (await GetJsonAsync(fixture.CreateClient(TestTokens.Student(fixture.Audience, studentId)), "/api/notifications")).GetProperty("items")[0];
        Assert.Equal(NotificationTexts.Render(NotificationKind.AssignmentReturned, studentNotification.Parameters, "nl", false).Body, student.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, student.GetProperty("workItemOpen").ValueKind);
    }

    [Fact]
    public async Task A_notification_is_marked_read_once_and_read_all_reads_only_the_callers_own()
    {
        var mentorId = Guid.NewGuid();
        var otherId = Guid.NewGuid();
        var mine = Enumerable.Range(0, 3).Select(i => InboxData.Notification(RecipientKind.Staff, mentorId, i)).ToList();
        var theirs = InboxData.Notification(RecipientKind.Staff, otherId, 0);
        await fixture.AddAsync([.. mine, theirs]);
        var client = Mentor(mentorId);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/notifications/{mine[0].Id}/read", null)).StatusCode);
        Assert.Equal(2, await UnreadAsync(client));
        var readAt = await fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications.Single(n => n.Id == mine[0].Id).ReadAt));
        Assert.NotNull(readAt);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/notifications/{mine[0].Id}/read", null)).StatusCode);
        Assert.Equal(readAt, await fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications.Single(n => n.Id == mine[0].Id).ReadAt)));

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/notifications/{theirs.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/notifications/{Guid.NewGuid()}/read", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/notifications/read-all", null)).StatusCode);
        Assert.Equal(0, await UnreadAsync(client));
        Assert.Equal(1, await UnreadAsync(Mentor(otherId)));
    }

    [Fact]
    public async Task A_trainer_at_two_companies_sees_both_and_loses_one_with_its_company_claim()
    {
        var (bakery, garage) = (Guid.NewGuid(), Guid.NewGuid());
        var email = $"kees.{Guid.NewGuid():N}@bakkerij.test";
        var atBakery = InboxData.Trainer(bakery, email);
        var atGarage = InboxData.Trainer(garage, email);
        var namesake = InboxData.Trainer(bakery, $"other.{Guid.NewGuid():N}@bakkerij.test");
        var bakeryNote = InboxData.Notification(RecipientKind.Trainer, atBakery.Id, 0, NotificationKind.HoursToApprove);
        var garageNote = InboxData.Notification(RecipientKind.Trainer, atGarage.Id, 1, NotificationKind.AssignmentToSignOff);
        await fixture.AddAsync(atBakery, atGarage, namesake, bakeryNote, garageNote, InboxData.Notification(RecipientKind.Trainer, namesake.Id, 2));

        var both = fixture.CreateClient(TrainerToken(fixture.Audience, email.ToUpperInvariant(), bakery, garage));
        var list = await GetJsonAsync(both, "/api/notifications");
        Assert.Equal([garageNote.Id, bakeryNote.Id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(2, await UnreadAsync(both));

        // The garage is no longer in the token: what was addressed there is out of reach.
        var bakeryOnly = fixture.CreateClient(TrainerToken(fixture.Audience, email, bakery));
        Assert.Equal([bakeryNote.Id], (await GetJsonAsync(bakeryOnly, "/api/notifications")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await bakeryOnly.PostAsync($"/api/notifications/{garageNote.Id}/read", null)).StatusCode);

        // No company left at all: nothing.
        var gone = fixture.CreateClient(TrainerToken(fixture.Audience, email));
        var none = await GetJsonAsync(gone, "/api/notifications");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Equal(0, await UnreadAsync(gone));
        Assert.Equal(HttpStatusCode.NotFound, (await gone.PostAsync($"/api/notifications/{bakeryNote.Id}/read", null)).StatusCode);
    }

    [Fact]
    public async Task A_student_sees_only_their_own()
    {
        var (studentId, classmateId) = (Guid.NewGuid(), Guid.NewGuid());
        var own = InboxData.Notification(RecipientKind.Student, studentId, 0, NotificationKind.ReviewScheduled);
        var classmates = InboxData.Notification(RecipientKind.Student, classmateId, 1, NotificationKind.ReviewScheduled);
        // About the student, but addressed to their mentor: not the student's to read.
        var mentors = InboxData.Notification(RecipientKind.Staff, Guid.NewGuid(), 2, studentId: studentId);
        await fixture.AddAsync(own, classmates, mentors);
        var client = fixture.CreateClient(TestTokens.Student(fixture.Audience, studentId));

        var list = await GetJsonAsync(client, "/api/notifications");
        Assert.Equal([own.Id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(1, await UnreadAsync(client));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/notifications/{classmates.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/notifications/{mentors.Id}/read", null)).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_inbox_answers_401()
    {
        using var anonymous = fixture.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/notifications/unread-count")).StatusCode);
    }
}
