using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>Signals raised by hand (mentor, linked teacher, care) and the events every signal's lifecycle publishes.</summary>
public sealed class ManualSignalsTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();

    private async Task<StudentCopy> StudentAsync()
    {
        var student = TestData.Student(_mentor);
        await fixture.RunAsync(db => { db.Students.Add(student); return db.SaveChangesAsync(); });
        return student;
    }

    private Task<List<JsonElement>> EventsAsync<T>(Guid signalId)
    {
        var type = OutboxBulk.TypeName(typeof(T));
        return fixture.InDatabaseAsync(async db =>
        {
            var payloads = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType == type).Select(m => m.Payload).ToListAsync();
            return payloads.Select(p => JsonDocument.Parse(p).RootElement).Where(e => e.GetProperty("signalId").GetGuid() == signalId).ToList();
        });
    }

    [Fact]
    public async Task A_mentor_raises_an_urgent_signal_by_hand_and_resolving_it_is_published_without_the_note()
    {
        var student = await StudentAsync();
        var mentor = fixture.Mentor(_mentor);

        var signal = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/signals", new RaiseSignalRequest("  Thuis gaat het niet goed, belt niet terug.  ", true)))
            .ReadAsync<SignalResponse>(HttpStatusCode.Created);

        Assert.Equal(SignalRule.Manual, signal.Rule);
        Assert.True(signal.Urgent);
        Assert.Equal("Thuis gaat het niet goed, belt niet terug.", signal.Evidence);
        Assert.Equal(signal.Evidence, signal.EvidenceEnglish);
        Assert.Equal(_mentor.ToString(), signal.RaisedBy);
        var raised = Assert.Single(await EventsAsync<RiskSignalRaised>(signal.SignalId));
        Assert.Equal("manual", raised.GetProperty("rule").GetString());
        Assert.True(raised.GetProperty("urgent").GetBoolean());
        Assert.Equal(_mentor, raised.GetProperty("mentorStaffId").GetGuid());
        Assert.DoesNotContain("Thuis", raised.GetRawText(), StringComparison.Ordinal);

        // An urgent signal makes the student red on the caseload, whatever its rule.
        var line = Assert.Single(await (await mentor.GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>(), l => l.StudentId == student.Id);
        Assert.Equal(TrafficLight.Red, line.TrafficLight);
        Assert.Contains("urgent-signal", line.Reasons);

        var listed = await (await mentor.GetAsync($"/api/students/{student.Id}/signals")).ReadAsync<List<SignalResponse>>();
        Assert.Contains(listed, s => s.SignalId == signal.SignalId && s.Urgent);

        await (await mentor.PostJsonAsync($"/api/signals/{signal.SignalId}/acknowledge", new SignalNoteRequest(null))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/signals/{signal.SignalId}/resolve", new SignalNoteRequest("Gesprek met moeder gehad; hulp via het wijkteam."))).AssertStatusAsync(HttpStatusCode.OK);
        Assert.Single(await EventsAsync<RiskSignalAcknowledged>(signal.SignalId));
        var resolved = Assert.Single(await EventsAsync<RiskSignalResolved>(signal.SignalId));
        Assert.DoesNotContain("wijkteam", resolved.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_teacher_and_care_raise_signals_and_act_on_their_own_only()
    {
        var student = await StudentAsync();
        var teacherId = Guid.NewGuid();
        await fixture.LinkTeacherAsync(student.Id, teacherId);
        var teacher = fixture.Teacher(teacherId);
        var careId = Guid.NewGuid();
        var care = fixture.Care(careId);

        var fromTeacher = await (await teacher.PostJsonAsync($"/api/students/{student.Id}/signals", new RaiseSignalRequest("Drie lessen gemist zonder bericht.", null)))
            .ReadAsync<SignalResponse>(HttpStatusCode.Created);
        var fromCare = await (await care.PostJsonAsync($"/api/students/{student.Id}/signals", new RaiseSignalRequest("Zorgmelding vanuit het spreekuur.", false)))
            .ReadAsync<SignalResponse>(HttpStatusCode.Created);
        Assert.False(fromTeacher.Urgent);

        // Each acts on their own signal; not on the other's.
        await (await care.PostJsonAsync($"/api/signals/{fromTeacher.SignalId}/acknowledge", new SignalNoteRequest(null))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await teacher.PostJsonAsync($"/api/signals/{fromCare.SignalId}/resolve", new SignalNoteRequest("klaar"))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await teacher.PostJsonAsync($"/api/signals/{fromTeacher.SignalId}/resolve", new SignalNoteRequest("Student was ziek; afgemeld via de ouders."))).AssertStatusAsync(HttpStatusCode.OK);

        // Care reads the student's signals (their own among them).
        var seenByCare = await (await care.GetAsync($"/api/students/{student.Id}/signals?status=all")).ReadAsync<List<SignalResponse>>();
        Assert.Contains(seenByCare, s => s.SignalId == fromCare.SignalId);
    }

    [Fact]
    public async Task Others_cannot_raise_a_signal_and_bad_input_names_the_field()
    {
        var student = await StudentAsync();
        var body = new RaiseSignalRequest("Zorgen.", true);
        await (await fixture.Teacher(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/signals", body)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/signals", body)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().PostJsonAsync($"/api/students/{student.Id}/signals", body)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/signals", body)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).PostJsonAsync($"/api/students/{student.Id}/signals", body)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/students/{Guid.NewGuid()}/signals", body)).AssertStatusAsync(HttpStatusCode.NotFound);

        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/students/{student.Id}/signals", new RaiseSignalRequest("   ", true))).AssertFieldErrorAsync("description");
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/students/{student.Id}/signals", new RaiseSignalRequest(new string('x', 2001), true))).AssertFieldErrorAsync("description");
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Signals.CountAsync(s => s.StudentId == student.Id)));
    }
}
