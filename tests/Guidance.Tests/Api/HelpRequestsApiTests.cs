using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.PersonalData;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>A student asks for help; the mentor or care answers, plans a conversation and closes; who reads what, and the log of private reads.</summary>
public sealed class HelpRequestsApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>, IAsyncLifetime
{
    private const string SecretText = "Thuis gaat het niet goed, ik slaap slecht";

    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();
    private TestPublisher _publisher = null!;

    public async Task InitializeAsync() => _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    private async Task<StudentCopy> ArrangeAsync()
    {
        var student = TestData.Student(_mentor);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(TestData.Placement(student.Id, _company));
            return db.SaveChangesAsync();
        });
        return student;
    }

    private static string Url(Guid studentId) => $"/api/students/{studentId}/help-requests";

    private async Task<HelpRequestResponse> AskAsync(Guid studentId, bool isPrivate = false, HelpRequestTopic topic = HelpRequestTopic.SchoolWork, HelpRequestKind kind = HelpRequestKind.Question, string text = "Ik snap de opdracht over voorraadbeheer niet") =>
        await (await fixture.Student(studentId).PostJsonAsync(Url(studentId), new AskHelpRequest(topic, kind, text, isPrivate))).ReadAsync<HelpRequestResponse>(HttpStatusCode.Created);

    private Task<List<HelpRequestAccess>> LogAsync(Guid studentId) =>
        fixture.InDatabaseAsync(db => db.HelpRequestAccessLog.AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_student_asks_the_mentor_answers_and_closes_and_the_student_reads_the_answer()
    {
        var student = await ArrangeAsync();
        var asked = await AskAsync(student.Id);
        Assert.Equal(HelpRequestStatus.Open, asked.Status);
        Assert.Equal(_mentor, asked.MentorStaffId);

        var mentor = fixture.Mentor(_mentor);
        var answered = await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/answer", new AnswerHelpRequest("Kijk in hoofdstuk 3; morgen loop ik het met je door.")))
            .ReadAsync<HelpRequestResponse>();
        Assert.Equal(HelpRequestStatus.Answered, answered.Status);
        Assert.Equal(_mentor.ToString(), answered.AnsweredBy);
        Assert.NotNull(answered.FirstAnsweredAt);

        var closed = await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/close", new CloseHelpRequest("Samen de opdracht doorgenomen.")))
            .ReadAsync<HelpRequestResponse>();
        Assert.Equal(HelpRequestStatus.Closed, closed.Status);
        // Stored to the microsecond: the first answer's time is the one kept.
        Assert.Equal(answered.FirstAnsweredAt!.Value.ToUnixTimeMilliseconds(), closed.FirstAnsweredAt!.Value.ToUnixTimeMilliseconds());

        var own = await (await fixture.Student(student.Id).GetAsync(Url(student.Id))).ReadAsync<List<HelpRequestResponse>>();
        var mine = Assert.Single(own);
        Assert.Equal("Kijk in hoofdstuk 3; morgen loop ik het met je door.", mine.Answer);
        Assert.Equal("Samen de opdracht doorgenomen.", mine.ClosingNote);
    }

    [Fact]
    public async Task Care_plans_a_conversation_with_an_optional_place()
    {
        var student = await ArrangeAsync();
        var asked = await AskAsync(student.Id, kind: HelpRequestKind.Conversation, topic: HelpRequestTopic.Personal);
        var at = DateTimeOffset.UtcNow.AddDays(2);

        var planned = await (await fixture.Care().PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/plan-conversation", new PlanConversationRequest(at, "Kamer B1.12")))
            .ReadAsync<HelpRequestResponse>();

        Assert.Equal(HelpRequestStatus.ConversationPlanned, planned.Status);
        Assert.Equal(at.ToUnixTimeMilliseconds(), planned.ConversationAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal("Kamer B1.12", planned.ConversationPlace);
        var withoutPlace = await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/plan-conversation", new PlanConversationRequest(at.AddHours(1), null)))
            .ReadAsync<HelpRequestResponse>();
        Assert.Null(withoutPlace.ConversationPlace);
    }

    [Fact]
    public async Task Only_the_student_themself_asks()
    {
        var student = await ArrangeAsync();
        var other = await ArrangeAsync();
        var request = new AskHelpRequest(HelpRequestTopic.SchoolWork, HelpRequestKind.Question, "Vraag", false);

        await (await fixture.Student(other.Id).PostJsonAsync(Url(student.Id), request)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(_mentor).PostJsonAsync(Url(student.Id), request)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().PostJsonAsync(Url(student.Id), request)).AssertStatusAsync(HttpStatusCode.Forbidden);
        var unknown = Guid.NewGuid();
        await (await fixture.Student(unknown).PostJsonAsync(Url(unknown), request)).AssertStatusAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.HelpRequests.CountAsync(r => r.StudentId == student.Id)));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_stores_nothing()
    {
        var student = await ArrangeAsync();
        var client = fixture.Student(student.Id);

        await (await client.PostJsonAsync(Url(student.Id), new AskHelpRequest(null, HelpRequestKind.Question, "Vraag", false))).AssertFieldErrorAsync("topic");
        await (await client.PostJsonAsync(Url(student.Id), new AskHelpRequest(HelpRequestTopic.Placement, null, "Vraag", false))).AssertFieldErrorAsync("kind");
        await (await client.PostJsonAsync(Url(student.Id), new AskHelpRequest(HelpRequestTopic.Placement, HelpRequestKind.Question, "  ", false))).AssertFieldErrorAsync("text");
        await (await client.PostJsonAsync(Url(student.Id), new AskHelpRequest(HelpRequestTopic.Placement, HelpRequestKind.Question, new string('x', 2001), false))).AssertFieldErrorAsync("text");
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.HelpRequests.CountAsync(r => r.StudentId == student.Id)));

        var asked = await AskAsync(student.Id);
        var mentor = fixture.Mentor(_mentor);
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/answer", new AnswerHelpRequest(""))).AssertFieldErrorAsync("answer");
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/plan-conversation", new PlanConversationRequest(null, null))).AssertFieldErrorAsync("conversationAt");
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/plan-conversation", new PlanConversationRequest(DateTimeOffset.UtcNow.AddYears(1), null))).AssertFieldErrorAsync("conversationAt");
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/plan-conversation", new PlanConversationRequest(DateTimeOffset.UtcNow.AddDays(1), new string('x', 201)))).AssertFieldErrorAsync("conversationPlace");
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/answer", new AnswerHelpRequest("Antwoord"))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/close", new CloseHelpRequest(null))).AssertFieldErrorAsync("note");
    }

    [Fact]
    public async Task Wrong_state_is_a_409_naming_the_rule()
    {
        var student = await ArrangeAsync();
        var asked = await AskAsync(student.Id);
        var mentor = fixture.Mentor(_mentor);
        var url = $"/api/help-requests/{asked.HelpRequestId}";

        await (await mentor.PostJsonAsync($"{url}/close", new CloseHelpRequest("Niets gedaan"))).AssertConflictAsync("help-request-unanswered");
        await (await mentor.PostJsonAsync($"{url}/answer", new AnswerHelpRequest("Antwoord"))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"{url}/close", new CloseHelpRequest("Beantwoord"))).AssertStatusAsync(HttpStatusCode.OK);

        await (await mentor.PostJsonAsync($"{url}/close", new CloseHelpRequest("Nog eens"))).AssertConflictAsync("help-request-closed");
        await (await mentor.PostJsonAsync($"{url}/answer", new AnswerHelpRequest("Later antwoord"))).AssertConflictAsync("help-request-closed");
        await (await mentor.PostJsonAsync($"{url}/plan-conversation", new PlanConversationRequest(DateTimeOffset.UtcNow.AddDays(1), null))).AssertConflictAsync("help-request-closed");
    }

    [Fact]
    public async Task Only_the_students_mentor_and_care_handle_a_request()
    {
        var student = await ArrangeAsync();
        var asked = await AskAsync(student.Id);
        var teacher = Guid.NewGuid();
        await fixture.LinkTeacherAsync(student.Id, teacher);
        var answer = new AnswerHelpRequest("Antwoord");
        var url = $"/api/help-requests/{asked.HelpRequestId}/answer";

        await (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync(url, answer)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().PostJsonAsync(url, answer)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Teacher(teacher).PostJsonAsync(url, answer)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).PostJsonAsync(url, answer)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).PostJsonAsync(url, answer)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/help-requests/{Guid.NewGuid()}/answer", answer)).AssertStatusAsync(HttpStatusCode.NotFound);
        var stored = await fixture.InDatabaseAsync(db => db.HelpRequests.AsNoTracking().SingleAsync(r => r.Id == asked.HelpRequestId));
        Assert.Equal(HelpRequestStatus.Open, stored.Status);
    }

    [Fact]
    public async Task A_private_request_is_read_only_by_the_student_the_mentor_and_care_and_every_staff_read_is_logged()
    {
        var student = await ArrangeAsync();
        var open = await AskAsync(student.Id, text: "Hoe lang duurt de stage?", topic: HelpRequestTopic.Placement);
        var secret = await AskAsync(student.Id, isPrivate: true, topic: HelpRequestTopic.Personal, text: SecretText);
        var teacher = Guid.NewGuid();
        await fixture.LinkTeacherAsync(student.Id, teacher);

        // Coordinator and linked teacher: the list without the private one, and a 403 on it.
        foreach (var client in new[] { fixture.Coordinator(), fixture.Teacher(teacher) })
        {
            var seen = await (await client.GetAsync(Url(student.Id))).ReadAsync<List<HelpRequestResponse>>();
            Assert.Equal([open.HelpRequestId], seen.Select(r => r.HelpRequestId));
            await (await client.GetAsync($"/api/help-requests/{secret.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/help-requests/{open.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.OK);
        }

        // Anyone else: nothing at all.
        foreach (var client in new[] { fixture.Teacher(Guid.NewGuid()), fixture.Mentor(Guid.NewGuid()), fixture.Trainer(_company), fixture.Student((await ArrangeAsync()).Id) })
        {
            await (await client.GetAsync(Url(student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/help-requests/{secret.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        }

        Assert.Empty(await LogAsync(student.Id));

        // The student's own reads are not logged; the mentor's list and care's read are, with ids only.
        var own = await (await fixture.Student(student.Id).GetAsync(Url(student.Id))).ReadAsync<List<HelpRequestResponse>>();
        Assert.Equal(2, own.Count);
        Assert.Empty(await LogAsync(student.Id));

        var mentorList = await (await fixture.Mentor(_mentor).GetAsync(Url(student.Id))).ReadAsync<List<HelpRequestResponse>>();
        Assert.Contains(mentorList, r => r.Text == SecretText);
        var careStaff = Guid.NewGuid();
        var care = fixture.CreateClient(TestTokens.Care(fixture.Audience, careStaff));
        await (await care.GetAsync($"/api/help-requests/{secret.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.OK);
        await (await care.GetAsync($"/api/help-requests/{open.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.OK);

        var log = await LogAsync(student.Id);
        Assert.Equal(2, log.Count);
        Assert.All(log, entry => Assert.Equal(secret.HelpRequestId, entry.HelpRequestId));
        Assert.Equal((_mentor, "mentor", HelpRequestAccessKind.Read), (log[0].StaffId, log[0].Role, log[0].Kind));
        Assert.Equal((careStaff, "care", HelpRequestAccessKind.Read), (log[1].StaffId, log[1].Role, log[1].Kind));

        // Answering a private one is logged too; the mentor and care read the log, a coordinator may not.
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/help-requests/{secret.HelpRequestId}/answer", new AnswerHelpRequest("Zullen we morgen praten?"))).AssertStatusAsync(HttpStatusCode.OK);
        var entries = await (await fixture.Mentor(_mentor).GetAsync($"{Url(student.Id)}/access-log")).ReadAsync<List<HelpRequestAccessEntry>>();
        Assert.Equal([HelpRequestAccessKind.Answer, HelpRequestAccessKind.Read, HelpRequestAccessKind.Read], entries.Select(e => e.Kind));
        await (await care.GetAsync($"{Url(student.Id)}/access-log")).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Coordinator().GetAsync($"{Url(student.Id)}/access-log")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(Guid.NewGuid()).GetAsync($"{Url(student.Id)}/access-log")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).GetAsync($"{Url(student.Id)}/access-log")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Events_carry_ids_and_facts_and_never_the_text()
    {
        var student = await ArrangeAsync();
        var asked = await AskAsync(student.Id, isPrivate: true, topic: HelpRequestTopic.Personal, text: SecretText);
        var mentor = fixture.Mentor(_mentor);
        var at = DateTimeOffset.UtcNow.AddDays(1);
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/plan-conversation", new PlanConversationRequest(at, "Kamer 1"))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/help-requests/{asked.HelpRequestId}/close", new CloseHelpRequest("Gesprek gehad, doorverwezen naar zorg"))).AssertStatusAsync(HttpStatusCode.OK);

        var messages = (await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains("HelpRequest"))
            .OrderBy(m => m.Id)
            .ToListAsync()))
            .Where(m => m.Payload.Contains(asked.HelpRequestId.ToString(), StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["HelpRequestAsked", "HelpRequestAnswered", "HelpRequestClosed"], messages.Select(m => m.MessageType.Split(',')[0].Split('.')[^1]));
        Assert.All(messages, m =>
        {
            Assert.DoesNotContain("slaap", m.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Kamer", m.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("doorverwezen", m.Payload, StringComparison.Ordinal);
            Assert.Contains(student.Id.ToString(), m.Payload, StringComparison.Ordinal);
        });
        Assert.Contains("\"private\":true", messages[0].Payload.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("conversationPlannedAt", messages[1].Payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_caseload_counts_the_requests_waiting_for_an_answer()
    {
        var student = await ArrangeAsync();
        var first = await AskAsync(student.Id);
        await AskAsync(student.Id, isPrivate: true);

        async Task<int> CountAsync() =>
            (await (await fixture.Mentor(_mentor).GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>()).Single(l => l.StudentId == student.Id).OpenHelpRequests;

        Assert.Equal(2, await CountAsync());
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/help-requests/{first.HelpRequestId}/answer", new AnswerHelpRequest("Antwoord"))).AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task The_export_lists_the_students_requests_private_ones_included_and_a_staff_export_is_logged()
    {
        var student = await ArrangeAsync();
        await AskAsync(student.Id);
        var secret = await AskAsync(student.Id, isPrivate: true, text: SecretText);

        var own = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<GuidanceExport>();
        Assert.Equal(2, own.HelpRequests.Count);
        Assert.Contains(own.HelpRequests, r => r.Text == SecretText);
        Assert.Empty(await LogAsync(student.Id));

        var exported = await (await fixture.Mentor(_mentor).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<GuidanceExport>();
        Assert.Equal(2, exported.HelpRequests.Count);
        var entry = Assert.Single(await LogAsync(student.Id));
        Assert.Equal((secret.HelpRequestId, HelpRequestAccessKind.Export, "mentor"), (entry.HelpRequestId, entry.Kind, entry.Role));
    }

    [Fact]
    public async Task Erasure_removes_the_requests_and_keeps_the_pseudonymous_access_log()
    {
        var student = await ArrangeAsync();
        var secret = await AskAsync(student.Id, isPrivate: true, text: SecretText);
        await (await fixture.Mentor(_mentor).GetAsync($"/api/help-requests/{secret.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.OK);

        await _publisher.PublishAsync(new StudentErased(student.Id));
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Students.AnyAsync(s => s.Id == student.Id && s.ErasedAt != null)), "erased");

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.HelpRequests.CountAsync(r => r.StudentId == student.Id)));
        var entry = Assert.Single(await LogAsync(student.Id));
        Assert.Equal(_mentor, entry.StaffId);
        await (await fixture.Mentor(_mentor).GetAsync($"/api/help-requests/{secret.HelpRequestId}")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await fixture.Student(student.Id).GetAsync(Url(student.Id))).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await fixture.Care().GetAsync($"{Url(student.Id)}/access-log")).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Mentor(_mentor).GetAsync($"{Url(student.Id)}/access-log")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }
}
