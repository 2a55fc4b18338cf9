using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Concerns;
using PartnershipHub.Guidance.Features.PersonalData;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>Workplace concerns: the trainer of a current placement raises them, the school reads, answers and closes them.</summary>
public sealed class WorkplaceConcernsApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private const string Private = "Collega Piet zegt dat ze steeds later komt.";
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();
    private readonly Guid _placementTeacher = Guid.NewGuid();

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync(PlacementStatus status = PlacementStatus.Active, Guid? teacher = null, Guid? mentor = null)
    {
        var student = TestData.Student(mentor ?? _mentor);
        var placement = TestData.Placement(student.Id, _company, status);
        placement.TeacherStaffId = teacher;
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        return (student, placement);
    }

    private static RaiseConcernRequest Request(WorkplaceConcernKind kind = WorkplaceConcernKind.Lateness, WorkplaceConcernUrgency urgency = WorkplaceConcernUrgency.Normal) =>
        new(kind, urgency, Private);

    private async Task<ConcernResponse> RaiseAsync(PlacementCopy placement, RaiseConcernRequest? request = null) =>
        await (await fixture.Trainer(_company).PostJsonAsync($"/api/placements/{placement.Id}/concerns", request ?? Request())).ReadAsync<ConcernResponse>(HttpStatusCode.Created);

    private Task<List<Signal>> SignalsAsync(Guid studentId) =>
        fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().Where(s => s.StudentId == studentId).ToListAsync());

    /// <summary>The concern's events in the outbox (the payload is jsonb: matched here, not in SQL).</summary>
    private async Task<List<OutboxMessage>> EventsAsync(Guid concernId) =>
        [.. (await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains(".WorkplaceConcern"))
            .OrderBy(m => m.Id).ToListAsync()))
            .Where(m => m.Payload.Contains(concernId.ToString(), StringComparison.Ordinal))];

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData(PlacementStatus.Active)]
    [InlineData(PlacementStatus.AgreementSigned)]
    public async Task The_trainer_raises_a_concern_about_a_student_placed_at_their_company_and_sees_it_listed(PlacementStatus status)
    {
        var (student, placement) = await ArrangeAsync(status);

        var raised = await RaiseAsync(placement);

        Assert.Equal(WorkplaceConcernStatus.Open, raised.Status);
        Assert.Equal(student.Id, raised.StudentId);
        Assert.Equal(WorkplaceConcernKind.Lateness, raised.Kind);
        Assert.False(raised.Urgent);
        Assert.Equal(Private, raised.Text);
        Assert.Equal("Test trainer", raised.RaisedByName);
        var listed = await (await fixture.Trainer(_company).GetAsync($"/api/placements/{placement.Id}/concerns")).ReadAsync<List<ConcernResponse>>();
        Assert.Equal(raised.ConcernId, Assert.Single(listed).ConcernId);
        // A normal concern is no signal yet: the school has the unanswered-days to answer it.
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.WorkplaceConcern);

        var message = Assert.Single(await EventsAsync(raised.ConcernId));
        Assert.EndsWith(nameof(WorkplaceConcernRaised) + ", PartnershipHub.Contracts", message.MessageType, StringComparison.Ordinal);
        Assert.Contains(placement.Id.ToString(), message.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet", message.Payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkplaceConcernKind.Conflict, WorkplaceConcernUrgency.Urgent, "Dringende zorgmelding van de praktijkopleider bij Bakkerij De Korenaar: conflict.")]
    [InlineData(WorkplaceConcernKind.Safety, WorkplaceConcernUrgency.Normal, "Dringende zorgmelding van de praktijkopleider bij Bakkerij De Korenaar: veiligheid.")]
    [InlineData(WorkplaceConcernKind.Incident, WorkplaceConcernUrgency.Normal, "Dringende zorgmelding van de praktijkopleider bij Bakkerij De Korenaar: incident.")]
    public async Task An_urgent_concern_or_one_about_safety_or_an_incident_signals_the_mentor_at_once_without_the_trainers_words(
        WorkplaceConcernKind kind, WorkplaceConcernUrgency urgency, string evidence)
    {
        var (student, placement) = await ArrangeAsync();

        var raised = await RaiseAsync(placement, Request(kind, urgency));

        Assert.True(raised.Urgent);
        var signal = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.WorkplaceConcern);
        Assert.Equal(evidence, signal.Evidence);
        Assert.Equal($"/api/concerns/{raised.ConcernId}", signal.Link);
        Assert.DoesNotContain("Piet", signal.Evidence, StringComparison.Ordinal);

        var caseload = await (await fixture.Mentor(_mentor).GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>();
        var line = Assert.Single(caseload, l => l.StudentId == student.Id);
        Assert.Equal(1, line.OpenConcerns);
        Assert.True(line.UrgentConcern);
        Assert.Contains("urgent-concern", line.Reasons);
        Assert.Equal(TrafficLight.Red, line.TrafficLight);
    }

    [Fact]
    public async Task The_caseload_counts_concerns_waiting_for_an_answer_and_forgets_them_once_answered()
    {
        var (student, placement) = await ArrangeAsync();
        var concern = await RaiseAsync(placement);
        var mentor = fixture.Mentor(_mentor);

        var line = Assert.Single(await (await mentor.GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>(), l => l.StudentId == student.Id);
        Assert.Equal(1, line.OpenConcerns);
        Assert.False(line.UrgentConcern);
        Assert.DoesNotContain("urgent-concern", line.Reasons);

        await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Ik bel haar vandaag."))).AssertStatusAsync(HttpStatusCode.OK);
        line = Assert.Single(await (await mentor.GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>(), l => l.StudentId == student.Id);
        Assert.Equal(0, line.OpenConcerns);
    }

    [Fact]
    public async Task The_mentor_answers_the_trainer_reads_the_answer_and_the_close_note_stays_at_school()
    {
        var (student, placement) = await ArrangeAsync();
        var concern = await RaiseAsync(placement);
        var mentor = fixture.Mentor(_mentor);

        var answered = await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("  Ik bel haar vandaag en kom donderdag langs. "))).ReadAsync<ConcernResponse>();
        Assert.Equal(WorkplaceConcernStatus.Answered, answered.Status);
        Assert.Equal(_mentor.ToString(), answered.AnsweredBy);
        var closed = await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/close", new CloseConcernRequest("Gesprek gehad; thuissituatie speelt mee."))).ReadAsync<ConcernResponse>();
        Assert.Equal(WorkplaceConcernStatus.Closed, closed.Status);
        Assert.Equal("Gesprek gehad; thuissituatie speelt mee.", closed.CloseNote);

        var seen = Assert.Single(await (await fixture.Trainer(_company).GetAsync($"/api/placements/{placement.Id}/concerns")).ReadAsync<List<ConcernResponse>>());
        Assert.Equal("Ik bel haar vandaag en kom donderdag langs.", seen.Answer);
        Assert.Equal(WorkplaceConcernStatus.Closed, seen.Status);
        Assert.Null(seen.CloseNote);
        Assert.Null(seen.ClosedBy);
        Assert.False(seen.CanAnswer);
        var one = await (await fixture.Trainer(_company).GetAsync($"/api/concerns/{concern.ConcernId}")).ReadAsync<ConcernResponse>();
        Assert.Null(one.CloseNote);

        var events = await EventsAsync(concern.ConcernId);
        Assert.Equal(
            [nameof(WorkplaceConcernRaised), nameof(WorkplaceConcernAnswered), nameof(WorkplaceConcernClosed)],
            events.Select(e => e.MessageType.Split(',')[0].Split('.')[^1]));
        Assert.All(events, e => Assert.DoesNotContain("donderdag", e.Payload, StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("thuissituatie", e.Payload, StringComparison.Ordinal));

        var listed = await (await mentor.GetAsync($"/api/students/{student.Id}/concerns?status=all")).ReadAsync<List<ConcernResponse>>();
        Assert.Equal("Gesprek gehad; thuissituatie speelt mee.", Assert.Single(listed).CloseNote);
        Assert.Empty(await (await mentor.GetAsync($"/api/students/{student.Id}/concerns")).ReadAsync<List<ConcernResponse>>());
    }

    [Fact]
    public async Task The_placements_teacher_answers_and_closes_but_a_teacher_only_linked_to_the_student_reads()
    {
        var (student, placement) = await ArrangeAsync(teacher: _placementTeacher);
        var linked = Guid.NewGuid();
        await fixture.LinkTeacherAsync(student.Id, linked);
        var concern = await RaiseAsync(placement);

        var read = await (await fixture.Teacher(linked).GetAsync($"/api/students/{student.Id}/concerns")).ReadAsync<List<ConcernResponse>>();
        Assert.False(Assert.Single(read).CanAnswer);
        await (await fixture.Teacher(linked).PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Ik regel het."))).AssertStatusAsync(HttpStatusCode.Forbidden);

        var teacher = fixture.Teacher(_placementTeacher);
        Assert.True(Assert.Single(await (await teacher.GetAsync($"/api/placements/{placement.Id}/concerns")).ReadAsync<List<ConcernResponse>>()).CanAnswer);
        await (await teacher.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Ik kom morgen langs."))).AssertStatusAsync(HttpStatusCode.OK);
        await (await teacher.PostJsonAsync($"/api/concerns/{concern.ConcernId}/close", new CloseConcernRequest("Bezoek afgelegd."))).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Care_and_coordinators_read_but_do_not_answer()
    {
        var (student, placement) = await ArrangeAsync();
        var concern = await RaiseAsync(placement);

        foreach (var reader in new[] { fixture.Care(), fixture.Coordinator() })
        {
            Assert.Single(await (await reader.GetAsync($"/api/students/{student.Id}/concerns")).ReadAsync<List<ConcernResponse>>());
            await (await reader.GetAsync($"/api/concerns/{concern.ConcernId}")).AssertStatusAsync(HttpStatusCode.OK);
            await (await reader.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Ja."))).AssertStatusAsync(HttpStatusCode.Forbidden);
        }
    }

    [Theory]
    [InlineData(PlacementStatus.Completed)]
    [InlineData(PlacementStatus.EndedEarly)]
    [InlineData(PlacementStatus.Proposed)]
    public async Task A_trainer_whose_placement_is_not_current_neither_raises_nor_reads(PlacementStatus status)
    {
        var (_, placement) = await ArrangeAsync();
        var concern = await RaiseAsync(placement);
        await fixture.RunAsync(async db =>
        {
            var copy = await db.Placements.FirstAsync(p => p.Id == placement.Id);
            copy.Status = status;
            await db.SaveChangesAsync();
        });
        var trainer = fixture.Trainer(_company);

        await (await trainer.PostJsonAsync($"/api/placements/{placement.Id}/concerns", Request())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await trainer.GetAsync($"/api/placements/{placement.Id}/concerns")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await trainer.GetAsync($"/api/concerns/{concern.ConcernId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await trainer.GetAsync($"/api/placements/{placement.Id}/school-contact")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Everyone_else_is_refused()
    {
        var (student, placement) = await ArrangeAsync(teacher: _placementTeacher);
        var concern = await RaiseAsync(placement);
        var otherTrainer = fixture.Trainer(Guid.NewGuid());
        var self = fixture.Student(student.Id);
        var otherMentor = fixture.Mentor(Guid.NewGuid());
        var unlinkedTeacher = fixture.Teacher(Guid.NewGuid());

        await (await otherTrainer.PostJsonAsync($"/api/placements/{placement.Id}/concerns", Request())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await otherTrainer.GetAsync($"/api/placements/{placement.Id}/concerns")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await otherTrainer.GetAsync($"/api/concerns/{concern.ConcernId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        // Students do not see concerns about them in this release (the export still lists them).
        await (await self.PostJsonAsync($"/api/placements/{placement.Id}/concerns", Request())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await self.GetAsync($"/api/placements/{placement.Id}/concerns")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await self.GetAsync($"/api/students/{student.Id}/concerns")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await self.GetAsync($"/api/concerns/{concern.ConcernId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await self.GetAsync($"/api/placements/{placement.Id}/school-contact")).AssertStatusAsync(HttpStatusCode.Forbidden);
        // The school raises no workplace concerns; the trainer reads the school's list only per placement.
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/placements/{placement.Id}/concerns", Request())).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).GetAsync($"/api/students/{student.Id}/concerns")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Zelf opgelost."))).AssertStatusAsync(HttpStatusCode.Forbidden);
        foreach (var stranger in new[] { otherMentor, unlinkedTeacher })
        {
            await (await stranger.GetAsync($"/api/students/{student.Id}/concerns")).AssertStatusAsync(HttpStatusCode.Forbidden);
            await (await stranger.GetAsync($"/api/concerns/{concern.ConcernId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
            await (await stranger.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Ja."))).AssertStatusAsync(HttpStatusCode.Forbidden);
            await (await stranger.PostJsonAsync($"/api/concerns/{concern.ConcernId}/close", new CloseConcernRequest("Ja."))).AssertStatusAsync(HttpStatusCode.Forbidden);
        }

        await (await fixture.Trainer(_company).PostJsonAsync($"/api/placements/{Guid.NewGuid()}/concerns", Request())).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await fixture.Mentor(_mentor).GetAsync($"/api/concerns/{Guid.NewGuid()}")).AssertStatusAsync(HttpStatusCode.NotFound);
        var stored = await fixture.InDatabaseAsync(db => db.WorkplaceConcerns.CountAsync(c => c.StudentId == student.Id));
        Assert.Equal(1, stored);
    }

    [Theory]
    [InlineData("""{"urgency":"normal","text":"Te laat"}""", "kind")]
    [InlineData("""{"kind":"bored","text":"Te laat"}""", "kind")]
    [InlineData("""{"kind":"lateness","urgency":"very","text":"Te laat"}""", "urgency")]
    [InlineData("""{"kind":"lateness"}""", "text")]
    [InlineData("""{"kind":"lateness","text":"   "}""", "text")]
    public async Task Bad_input_is_a_400_naming_the_field_and_stores_nothing(string json, string field)
    {
        var (student, placement) = await ArrangeAsync();

        await (await fixture.Trainer(_company).PostAsync($"/api/placements/{placement.Id}/concerns", Raw(json))).AssertFieldErrorAsync(field);

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.WorkplaceConcerns.CountAsync(c => c.StudentId == student.Id)));
    }

    [Fact]
    public async Task Text_answer_and_note_longer_than_2000_characters_are_400s()
    {
        var (_, placement) = await ArrangeAsync();
        var tooLong = new string('x', 2001);
        await (await fixture.Trainer(_company).PostJsonAsync($"/api/placements/{placement.Id}/concerns", new RaiseConcernRequest(WorkplaceConcernKind.Other, null, tooLong))).AssertFieldErrorAsync("text");
        var concern = await RaiseAsync(placement, new RaiseConcernRequest(WorkplaceConcernKind.Other, null, new string('x', 2000)));
        var mentor = fixture.Mentor(_mentor);

        await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest(tooLong))).AssertFieldErrorAsync("answer");
        await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest(null))).AssertFieldErrorAsync("answer");
        await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/answer", new AnswerConcernRequest("Gebeld."))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/close", new CloseConcernRequest(tooLong))).AssertFieldErrorAsync("note");
        await (await mentor.PostJsonAsync($"/api/concerns/{concern.ConcernId}/close", new CloseConcernRequest(" "))).AssertFieldErrorAsync("note");
        await (await mentor.GetAsync($"/api/students/{concern.StudentId}/concerns?status=some")).AssertFieldErrorAsync("status");
    }

    [Fact]
    public async Task The_lifecycle_refuses_steps_out_of_order_with_named_rules()
    {
        var (_, placement) = await ArrangeAsync();
        var concern = await RaiseAsync(placement);
        var mentor = fixture.Mentor(_mentor);
        var url = $"/api/concerns/{concern.ConcernId}";

        await (await mentor.PostJsonAsync($"{url}/close", new CloseConcernRequest("Opgelost."))).AssertConflictAsync("concern-not-answered");
        await (await mentor.PostJsonAsync($"{url}/answer", new AnswerConcernRequest("Gebeld."))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"{url}/answer", new AnswerConcernRequest("Nog eens."))).AssertConflictAsync("concern-answered");
        await (await mentor.PostJsonAsync($"{url}/close", new CloseConcernRequest("Opgelost."))).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"{url}/close", new CloseConcernRequest("Opgelost."))).AssertConflictAsync("concern-closed");
        await (await mentor.PostJsonAsync($"{url}/answer", new AnswerConcernRequest("Nog eens."))).AssertConflictAsync("concern-closed");
    }

    [Fact]
    public async Task A_concern_the_school_leaves_unanswered_signals_after_the_set_days_and_an_answered_one_does_not()
    {
        var (student, placement) = await ArrangeAsync();
        var waiting = await RaiseAsync(placement, Request(WorkplaceConcernKind.Worried));
        var answered = await RaiseAsync(placement, Request(WorkplaceConcernKind.Lateness));
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/concerns/{answered.ConcernId}/answer", new AnswerConcernRequest("Gebeld."))).AssertStatusAsync(HttpStatusCode.OK);

        await SignalSweep.RunOnceAsync(fixture.Scopes, waiting.RaisedAt.AddDays(1), CancellationToken.None);
        Assert.DoesNotContain(await SignalsAsync(student.Id), s => s.Rule == SignalRule.WorkplaceConcern);

        await SignalSweep.RunOnceAsync(fixture.Scopes, waiting.RaisedAt.AddDays(3), CancellationToken.None);
        await SignalSweep.RunOnceAsync(fixture.Scopes, waiting.RaisedAt.AddDays(4), CancellationToken.None);
        var signal = Assert.Single(await SignalsAsync(student.Id), s => s.Rule == SignalRule.WorkplaceConcern);
        Assert.Equal($"concern:{waiting.ConcernId}", signal.Subject);
        Assert.StartsWith("Zorgmelding van de praktijkopleider bij Bakkerij De Korenaar (zorgen om de student) van ", signal.Evidence, StringComparison.Ordinal);
        Assert.EndsWith(" is na 3 dagen nog niet beantwoord.", signal.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_school_contact_is_the_placements_teacher_else_the_mentor()
    {
        var (_, withTeacher) = await ArrangeAsync(teacher: _placementTeacher);
        var (_, withoutTeacher) = await ArrangeAsync();
        var (_, nobody) = await ArrangeAsync(mentor: Guid.Empty);
        await fixture.RunAsync(async db =>
        {
            var copy = await db.Students.FirstAsync(s => s.Id == nobody.StudentId);
            copy.MentorStaffId = null;
            await db.SaveChangesAsync();
        });
        var trainer = fixture.Trainer(_company);

        Assert.Equal(new SchoolContactResponse(_placementTeacher, "placementTeacher"),
            await (await trainer.GetAsync($"/api/placements/{withTeacher.Id}/school-contact")).ReadAsync<SchoolContactResponse>());
        Assert.Equal(new SchoolContactResponse(_mentor, "mentor"),
            await (await trainer.GetAsync($"/api/placements/{withoutTeacher.Id}/school-contact")).ReadAsync<SchoolContactResponse>());
        Assert.Equal(new SchoolContactResponse(null, null),
            await (await trainer.GetAsync($"/api/placements/{nobody.Id}/school-contact")).ReadAsync<SchoolContactResponse>());
        await (await fixture.Mentor(_mentor).GetAsync($"/api/placements/{withTeacher.Id}/school-contact")).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Trainer(Guid.NewGuid()).GetAsync($"/api/placements/{withTeacher.Id}/school-contact")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await trainer.GetAsync($"/api/placements/{Guid.NewGuid()}/school-contact")).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_lists_the_concerns_and_erasure_removes_them()
    {
        var (student, placement) = await ArrangeAsync();
        var concern = await RaiseAsync(placement);

        var export = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<GuidanceExport>();
        var exported = Assert.Single(export.WorkplaceConcerns!);
        Assert.Equal(concern.ConcernId, exported.ConcernId);
        Assert.Equal(Private, exported.Text);

        await using var publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);
        await publisher.PublishAsync(new StudentErased(student.Id));
        await Eventually.WaitAsync(() => fixture.InDatabaseAsync(db => db.WorkplaceConcerns.CountAsync(c => c.StudentId == student.Id)), n => n == 0, what: "concerns erased");
    }
}
