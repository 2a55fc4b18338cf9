using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Messaging;

/// <summary>The local copies from the other services' events, published on the test broker like their outboxes would.</summary>
public sealed class ProjectionTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>, IAsyncLifetime
{
    private TestPublisher _publisher = null!;

    public async Task InitializeAsync() => _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    private static Enrolment Enrolment(DateOnly? start = null) =>
        new(Guid.NewGuid(), "25258", "Verkoper", 2, LearningRoute.Bol, start ?? new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");

    private static StudentEnrolled Enrolled(Guid id, Guid mentor, long version, string lastName = "Jansen", DateOnly? start = null) =>
        new(id, "900123", "Sanne", lastName, new DateOnly(2009, 3, 14), "sanne@example.nl", "3511 AB", null, null, "2025-VK2", Enrolment(start), mentor, version);

    private Task<StudentCopy?> StudentAsync(Guid id) => fixture.InDatabaseAsync(db => db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id));

    private Task<PlacementCopy?> PlacementAsync(Guid id) => fixture.InDatabaseAsync(db => db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id));

    /// <summary>Waits until the service's inbox has processed these events (each with its own message id).</summary>
    private Task ProcessedAsync(params IntegrationEvent[] events)
    {
        var ids = events.Select(e => e.EventId).ToList();
        return Eventually.WaitAsync(
            () => fixture.InDatabaseAsync(db => db.Set<PartnershipHub.Messaging.Inbox.ProcessedMessage>().Select(m => m.MessageId).Where(id => ids.Contains(id)).Distinct().CountAsync()),
            n => n == ids.Count, what: "events processed");
    }

    [Fact]
    public async Task Student_events_build_the_copy_in_any_order()
    {
        var id = Guid.NewGuid();
        var oldMentor = Guid.NewGuid();
        var newMentor = Guid.NewGuid();
        var needs = new NeedsSummary(NeedLevel.Some, NeedLevel.Much, NeedLevel.None, NeedLevel.Some, NeedLevel.Much);
        // Newest first: the mentor change (v3) and intake (v2) arrive before the enrolment (v1).
        await _publisher.PublishAsync(new MentorAssigned(id, newMentor, 3));
        await _publisher.PublishAsync(new IntakeCompleted(id, new DateOnly(2025, 6, 12), needs, ProgressionWish.Level3, new InternshipPreferences([], null, []), 2));
        await Eventually.WaitAsync(() => StudentAsync(id), s => s?.IntakeVersion == 2, what: "intake copied");
        await _publisher.PublishAsync(Enrolled(id, oldMentor, 1));

        var copy = await Eventually.WaitAsync(() => StudentAsync(id), s => s?.RecordVersion == 1, what: "enrolment copied");
        Assert.Equal(newMentor, copy!.MentorStaffId);
        Assert.Equal("Jansen", copy.LastName);
        Assert.Equal("25258", copy.Crebo);
        Assert.Equal(NeedLevel.Much, copy.Needs!.Didactic);
        Assert.Equal(ProgressionWish.Level3, copy.ProgressionWish);

        // An older StudentUpdated after a newer one changes nothing.
        await _publisher.PublishAsync(new StudentUpdated(id, "900123", "Sanne", "de Vries", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", StudentStatus.Active, 5));
        await Eventually.WaitAsync(() => StudentAsync(id), s => s?.LastName == "de Vries", what: "update applied");
        var stale = new StudentUpdated(id, "900123", "Sanne", "Bakker", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", StudentStatus.Active, 4);
        await _publisher.PublishAsync(stale);
        await _publisher.PublishAsync(new StudentStatusChanged(id, StudentStatus.Paused, null, new DateOnly(2026, 1, 1), 6));
        await ProcessedAsync(stale);
        copy = await Eventually.WaitAsync(() => StudentAsync(id), s => s?.Status == StudentStatus.Paused, what: "status applied");
        Assert.Equal("de Vries", copy!.LastName);
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        var id = Guid.NewGuid();
        var placement = Guid.NewGuid();
        await _publisher.PublishAsync(Enrolled(id, Guid.NewGuid(), 1));
        var hours = new HoursApproved(placement, id, Guid.NewGuid(), new DateOnly(2026, 9, 7), 32, 32);
        await _publisher.PublishAsync(hours);
        await _publisher.PublishAsync(hours);
        // A re-approval of the same week (a new, later event) replaces the hours instead of adding them; an older
        // approval delivered last changes nothing.
        var reapproved = hours with { EventId = Guid.NewGuid(), Hours = 30, OccurredAt = hours.OccurredAt.AddHours(1) };
        var older = hours with { EventId = Guid.NewGuid(), Hours = 12, OccurredAt = hours.OccurredAt.AddHours(-1) };
        await _publisher.PublishAsync(reapproved);
        await _publisher.PublishAsync(older);
        await ProcessedAsync(hours, reapproved, older);
        var contact = new ContactLogged(Guid.NewGuid(), placement, id, Guid.NewGuid(), ContactKind.Visit, DateTimeOffset.UtcNow, true, "Bezoek", null);
        await _publisher.PublishAsync(contact);
        await _publisher.PublishAsync(contact with { EventId = Guid.NewGuid() });

        await Eventually.WaitAsync(() => fixture.InDatabaseAsync(db => db.ApprovedWeeks.Where(w => w.PlacementId == placement).Select(w => w.Hours).ToListAsync()),
            h => h.Count == 1 && h[0] == 30, what: "one week of 30 hours");
        await Eventually.WaitAsync(() => fixture.InDatabaseAsync(db => db.Contacts.CountAsync(c => c.PlacementId == placement)), n => n == 1, what: "one contact");
        var processed = await fixture.InDatabaseAsync(db => db.Set<PartnershipHub.Messaging.Inbox.ProcessedMessage>().CountAsync(m => m.MessageId == hours.EventId));
        Assert.Equal(1, processed);
    }

    [Fact]
    public async Task A_placement_that_starts_mid_period_is_measured_from_its_real_start()
    {
        // The period (and the snapshot's planned dates) began on 1 September; the student started on 16 November.
        var student = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var company = Guid.NewGuid();
        var startedOn = new DateOnly(2026, 11, 16);
        var snapshot = TestData.Snapshot(placement, student, company, PlacementStatus.Active, new DateOnly(2026, 9, 1));
        await _publisher.PublishAsync(Enrolled(student, Guid.NewGuid(), 1, start: new DateOnly(2026, 8, 24)));
        await _publisher.PublishAsync(new PlacementStarted(snapshot, startedOn, 3));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 3, what: "started");
        // A later event of the same placement (the teacher put on it) carries a snapshot without the start: it stays.
        await _publisher.PublishAsync(new PlacementTeacherAssigned(snapshot with { TeacherStaffId = Guid.NewGuid() }, 4));
        var copy = await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 4, what: "teacher assigned");
        Assert.Equal(startedOn, copy!.StartedOn);

        async Task<List<SignalRule>> SweepAtAsync(DateOnly day)
        {
            await SignalSweep.RunOnceAsync(fixture.Scopes, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), CancellationToken.None);
            return await fixture.InDatabaseAsync(db => db.Signals.Where(s => s.StudentId == student).Select(s => s.Rule).ToListAsync());
        }

        // The day after the start nothing is behind; three weeks in, six weeks without contact have not passed.
        Assert.Empty(await SweepAtAsync(startedOn.AddDays(1)));
        Assert.DoesNotContain(SignalRule.NoSchoolCompanyContact, await SweepAtAsync(startedOn.AddDays(20)));

        // Measured from the real start, the rules still fire: six weeks without contact, and no hours approved.
        var rules = await SweepAtAsync(startedOn.AddDays(43));
        Assert.Contains(SignalRule.NoSchoolCompanyContact, rules);
        Assert.Contains(SignalRule.HoursBehindPlan, rules);
        var evidence = await fixture.InDatabaseAsync(db => db.Signals.Where(s => s.StudentId == student && s.Rule == SignalRule.NoSchoolCompanyContact).Select(s => s.Evidence).SingleAsync());
        Assert.Contains("16 november 2026", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placement_snapshots_keep_the_highest_version()
    {
        var student = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var company = Guid.NewGuid();
        await _publisher.PublishAsync(new PlacementStarted(TestData.Snapshot(placement, student, company, PlacementStatus.Active), new DateOnly(2026, 9, 1), 3));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 3, what: "started");
        var proposed = new PlacementProposed(TestData.Snapshot(placement, student, company, PlacementStatus.Proposed), 1);
        var signed = new PlacementAgreementSigned(TestData.Snapshot(placement, student, company, PlacementStatus.AgreementSigned), DateTimeOffset.UtcNow, 2);
        await _publisher.PublishAsync(proposed);
        await _publisher.PublishAsync(signed);
        await ProcessedAsync(proposed, signed);

        var copy = await PlacementAsync(placement);
        Assert.Equal(PlacementStatus.Active, copy!.Status);
        Assert.Equal(3, copy.Version);
    }

    [Fact]
    public async Task The_teacher_Internships_put_on_a_placement_reads_the_students_progress_and_no_other_teacher_does()
    {
        var student = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var teacher = Guid.NewGuid();
        var replacement = Guid.NewGuid();
        var snapshot = TestData.Snapshot(placement, student, Guid.NewGuid(), PlacementStatus.Proposed);
        await _publisher.PublishAsync(Enrolled(student, Guid.NewGuid(), 1));
        await _publisher.PublishAsync(new PlacementProposed(snapshot, 1));
        await _publisher.PublishAsync(new PlacementTeacherAssigned(snapshot with { TeacherStaffId = teacher }, 2));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 2, what: "teacher assigned");
        await Eventually.WaitAsync(() => StudentAsync(student), s => s is not null, what: "student enrolled");

        var progress = $"/api/students/{student}/progress";
        await (await fixture.Teacher(teacher).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Teacher(Guid.NewGuid()).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.Forbidden);

        // A replacement takes over; an older event delivered late carries the old teacher and changes nothing.
        await _publisher.PublishAsync(new PlacementTeacherAssigned(snapshot with { TeacherStaffId = replacement }, 4));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 4, what: "teacher replaced");
        var stale = new PlacementAgreementSigned(snapshot with { TeacherStaffId = teacher, Status = PlacementStatus.AgreementSigned }, DateTimeOffset.UtcNow, 3);
        await _publisher.PublishAsync(stale);
        await ProcessedAsync(stale);
        Assert.Equal(replacement, (await PlacementAsync(placement))!.TeacherStaffId);
        await (await fixture.Teacher(replacement).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Teacher(teacher).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.Forbidden);

        // Taken off the placement: the link is gone with it.
        await _publisher.PublishAsync(new PlacementTeacherAssigned(snapshot with { TeacherStaffId = null }, 5));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 5, what: "teacher removed");
        await (await fixture.Teacher(replacement).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_placement_started_with_a_teacher_links_that_teacher()
    {
        var student = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var teacher = Guid.NewGuid();
        await _publisher.PublishAsync(Enrolled(student, Guid.NewGuid(), 1));
        var snapshot = TestData.Snapshot(placement, student, Guid.NewGuid(), PlacementStatus.Active) with { TeacherStaffId = teacher };
        await _publisher.PublishAsync(new PlacementStarted(snapshot, new DateOnly(2026, 9, 1), 6));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 6, what: "started");
        await Eventually.WaitAsync(() => StudentAsync(student), s => s is not null, what: "student enrolled");

        var progress = $"/api/students/{student}/progress";
        await (await fixture.Teacher(teacher).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Teacher(Guid.NewGuid()).GetAsync(progress)).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Concurrent_events_about_one_placement_and_one_student_keep_the_newest()
    {
        // Consumers run in parallel: a burst of versions of one aggregate, published at once in shuffled order,
        // must end at the highest version, never at whichever write happened to come last.
        var student = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var company = Guid.NewGuid();
        var mentors = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToList();
        await _publisher.PublishAsync(Enrolled(student, mentors[0], 1));
        await Eventually.WaitAsync(() => StudentAsync(student), s => s?.RecordVersion == 1, what: "student copied");
        await _publisher.PublishAsync(new PlacementProposed(TestData.Snapshot(placement, student, company, PlacementStatus.Proposed), 1));
        await Eventually.WaitAsync(() => PlacementAsync(placement), p => p?.Version == 1, what: "placement copied");

        // Typed publishes: the bus routes by the static type, so each event is published as its own type.
        var burst = new List<(IntegrationEvent Event, Func<Task> Publish)>();
        for (var version = 2; version <= 9; version++)
        {
            var status = version == 9 ? PlacementStatus.Completed : PlacementStatus.Active;
            var started = new PlacementStarted(TestData.Snapshot(placement, student, company, status), new DateOnly(2026, 9, 1), version);
            var assigned = new MentorAssigned(student, mentors[version - 1], version);
            burst.Add((started, () => _publisher.PublishAsync(started)));
            burst.Add((assigned, () => _publisher.PublishAsync(assigned)));
        }

        var shuffled = burst.OrderBy(_ => Random.Shared.Next()).ToList();
        await Task.WhenAll(shuffled.Select(b => b.Publish()));
        await ProcessedAsync([.. shuffled.Select(b => b.Event)]);

        var copy = await PlacementAsync(placement);
        Assert.Equal(9, copy!.Version);
        Assert.Equal(PlacementStatus.Completed, copy.Status);
        var studentCopy = await StudentAsync(student);
        Assert.Equal(9, studentCopy!.MentorVersion);
        Assert.Equal(mentors[8], studentCopy.MentorStaffId);
    }

    [Fact]
    public async Task A_placement_ended_early_or_at_risk_raises_signals_for_the_mentor_once()
    {
        var student = Guid.NewGuid();
        await _publisher.PublishAsync(Enrolled(student, Guid.NewGuid(), 1, start: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30))));
        await Eventually.WaitAsync(() => StudentAsync(student), s => s is not null, what: "student");
        var placement = Guid.NewGuid();
        var company = Guid.NewGuid();
        var risky = TestData.Snapshot(placement, student, company, PlacementStatus.Active) with { Risks = [PlacementRisk.NoRecentContact] };
        var atRisk = new PlacementAtRisk(risky, PlacementRisk.NoRecentContact, "Geen contact sinds 6 weken", 4);
        var atRiskAgain = atRisk with { EventId = Guid.NewGuid() };
        await _publisher.PublishAsync(atRisk);
        await _publisher.PublishAsync(atRisk);
        await _publisher.PublishAsync(atRiskAgain);
        var ended = new PlacementEnded(TestData.Snapshot(placement, student, company, PlacementStatus.EndedEarly), DateOnly.FromDateTime(DateTime.UtcNow), true, PlacementEndReason.PoorFitWithTrade, "coordinator", 5);
        var endedAgain = ended with { EventId = Guid.NewGuid() };
        await _publisher.PublishAsync(ended);
        await _publisher.PublishAsync(endedAgain);
        await ProcessedAsync(atRisk, atRiskAgain, ended, endedAgain);
        var signals = await fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().Where(s => s.StudentId == student).ToListAsync());

        Assert.Single(signals, s => s.Rule == SignalRule.PlacementEndedEarly);
        Assert.Single(signals, s => s.Rule == SignalRule.PlacementAtRisk);
        Assert.Single(signals, s => s.Rule == SignalRule.EarlyLeavingWatch);
        Assert.True((await PlacementAsync(placement))!.EndedEarly);
    }

    [Fact]
    public async Task A_lifted_risk_flag_leaves_the_progress_view_but_not_the_mentors_open_signal()
    {
        var mentor = Guid.NewGuid();
        var student = Guid.NewGuid();
        await _publisher.PublishAsync(Enrolled(student, mentor, 1));
        await Eventually.WaitAsync(() => StudentAsync(student), s => s is not null, what: "student");
        var placement = Guid.NewGuid();
        var active = TestData.Snapshot(placement, student, Guid.NewGuid(), PlacementStatus.Active);
        var atRisk = new PlacementAtRisk(active with { Risks = [PlacementRisk.NoRecentContact] }, PlacementRisk.NoRecentContact, "Geen contact sinds 6 weken", 4);
        var cleared = new PlacementRiskCleared(active, PlacementRisk.NoRecentContact, "Contactmoment vastgelegd", 5);
        await _publisher.PublishAsync(atRisk);
        await ProcessedAsync(atRisk);
        var client = fixture.Mentor(mentor);
        var before = await (await client.GetAsync($"/api/students/{student}/progress")).ReadAsync<Features.Progress.ProgressResponse>();
        Assert.Equal([PlacementRisk.NoRecentContact], before.Placement!.Risks);

        await _publisher.PublishAsync(cleared);
        await _publisher.PublishAsync(atRisk with { EventId = Guid.NewGuid() });
        await ProcessedAsync(cleared);

        var after = await (await client.GetAsync($"/api/students/{student}/progress")).ReadAsync<Features.Progress.ProgressResponse>();
        Assert.Empty(after.Placement!.Risks);
        Assert.Equal(5, (await PlacementAsync(placement))!.Version);
        var signal = await fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.StudentId == student && s.Rule == SignalRule.PlacementAtRisk));
        Assert.NotEqual(SignalStatus.Resolved, signal.Status);
    }

    [Fact]
    public async Task Assignment_snapshots_keep_the_highest_version_and_sign_off_shows_in_progress()
    {
        var mentor = Guid.NewGuid();
        var student = Guid.NewGuid();
        await _publisher.PublishAsync(Enrolled(student, mentor, 1));
        var assignment = new AssignmentSnapshot(Guid.NewGuid(), Guid.NewGuid(), student, Guid.NewGuid(), "Kassa opmaken", ["initiative"], new DateOnly(2026, 10, 1), AssignmentStatus.SignedOff);
        var agreed = new AssignmentAgreed(assignment with { Status = AssignmentStatus.Agreed }, Guid.NewGuid(), 1);
        var submitted = new AssignmentSubmitted(assignment with { Status = AssignmentStatus.Submitted }, DateTimeOffset.UtcNow, 2);
        await _publisher.PublishAsync(new AssignmentSignedOff(assignment, Guid.NewGuid(), "Netjes gedaan", DateTimeOffset.UtcNow, 3));
        await _publisher.PublishAsync(agreed);
        await _publisher.PublishAsync(submitted);

        var client = fixture.Mentor(mentor);
        await Eventually.WaitAsync(async () =>
        {
            var response = await client.GetAsync($"/api/students/{student}/progress");
            return response.IsSuccessStatusCode ? await response.ReadAsync<Features.Progress.ProgressResponse>() : null;
        }, p => p?.Assignments.Items.Count == 1 && p.Assignments.Items[0].SignedOffAt is not null, what: "signed off in progress");

        await ProcessedAsync(agreed, submitted);
        var progress = await (await client.GetAsync($"/api/students/{student}/progress")).ReadAsync<Features.Progress.ProgressResponse>();
        Assert.Equal(AssignmentStatus.SignedOff, progress.Assignments.Items[0].Status);
        Assert.Equal(1, progress.Assignments.ByStatus["signedOff"]);
    }

    [Fact]
    public async Task Erasure_removes_personal_data_and_late_events_do_not_bring_it_back()
    {
        var mentor = Guid.NewGuid();
        var student = Guid.NewGuid();
        await _publisher.PublishAsync(Enrolled(student, mentor, 1));
        await Eventually.WaitAsync(() => StudentAsync(student), s => s is not null, what: "student");
        var original = await fixture.Mentor(mentor).AssessAsync(student, TestData.Start(AssessorRole.Mentor));
        // A submitted assessment, its submitted correction, a draft and a teacher link: erasure removes them all,
        // past the database guard that refuses every other change to a submitted assessment.
        await fixture.Mentor(mentor).AssessAsync(student, TestData.Start(AssessorRole.Mentor, supersedes: original.AssessmentId));
        await fixture.Mentor(mentor).StartAsync(student, TestData.Start(AssessorRole.Mentor));
        await fixture.LinkTeacherAsync(student, Guid.NewGuid());

        await _publisher.PublishAsync(new StudentErased(student));
        await Eventually.WaitAsync(() => StudentAsync(student), s => s?.ErasedAt is not null, what: "erased");
        var late = Enrolled(student, mentor, 7, lastName: "Terug");
        var started = new PlacementStarted(TestData.Snapshot(Guid.NewGuid(), student, Guid.NewGuid(), PlacementStatus.Active), new DateOnly(2026, 9, 1), 1);
        await _publisher.PublishAsync(late);
        await _publisher.PublishAsync(started);
        await ProcessedAsync(late, started);

        var copy = await StudentAsync(student);
        Assert.Null(copy!.LastName);
        Assert.Null(copy.StudentNumber);
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Assessments.CountAsync(a => a.StudentId == student)));
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.StudentTeachers.CountAsync(l => l.StudentId == student)));
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Placements.CountAsync(p => p.StudentId == student)));
        await (await fixture.Mentor(mentor).GetAsync($"/api/students/{student}/progress")).AssertStatusAsync(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Trainer_names_come_from_companies()
    {
        var trainer = Guid.NewGuid();
        var newer = new TrainerRegistered(trainer, Guid.NewGuid(), "Petra de Bakker", "petra@example.nl", null, ["25258"], 3, 2);
        var older = new TrainerRegistered(trainer, Guid.NewGuid(), "Oude Naam", "petra@example.nl", null, ["25258"], 3, 1);
        await _publisher.PublishAsync(newer);
        await _publisher.PublishAsync(older);
        await ProcessedAsync(newer, older);
        Assert.Equal("Petra de Bakker", (await fixture.InDatabaseAsync(db => db.Trainers.AsNoTracking().FirstAsync(t => t.Id == trainer))).Name);
    }

    [Fact]
    public async Task An_erased_trainer_leaves_the_copy_and_the_progress_view_of_their_students()
    {
        var trainer = Guid.NewGuid();
        var student = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        var registered = new TrainerRegistered(trainer, Guid.NewGuid(), "Petra de Bakker", "petra@example.nl", "06-12345678", ["25258"], 3, 2);
        await _publisher.PublishAsync(Enrolled(student, mentor, 1));
        await _publisher.PublishAsync(registered);
        await _publisher.PublishAsync(new PlacementStarted(TestData.Snapshot(Guid.NewGuid(), student, registered.CompanyId, PlacementStatus.Active) with { TrainerId = trainer }, new DateOnly(2026, 9, 1), 3));
        await Eventually.WaitUntilAsync(
            async () => (await ProgressDocumentAsync(student))?.Contains("Petra de Bakker", StringComparison.Ordinal) == true,
            "the trainer's name in the progress view");

        var erased = new TrainerErased(trainer, registered.CompanyId, 4);
        var late = registered with { EventId = Guid.NewGuid() };
        await _publisher.PublishAsync(erased);
        await _publisher.PublishAsync(late);
        await ProcessedAsync(erased, late);

        Assert.Equal("", (await fixture.InDatabaseAsync(db => db.Trainers.AsNoTracking().FirstAsync(t => t.Id == trainer))).Name);
        var document = await ProgressDocumentAsync(student);
        Assert.NotNull(document);
        Assert.DoesNotContain("Petra", document, StringComparison.Ordinal);
        var progress = await (await fixture.Mentor(mentor).GetAsync($"/api/students/{student}/progress")).Content.ReadAsStringAsync();
        Assert.Contains(trainer.ToString(), progress, StringComparison.Ordinal);
        Assert.DoesNotContain("Petra", progress, StringComparison.Ordinal);
    }

    private Task<string?> ProgressDocumentAsync(Guid student) =>
        fixture.InDatabaseAsync(db => db.ProgressDocuments.AsNoTracking().Where(d => d.StudentId == student).Select(d => d.Document).FirstOrDefaultAsync());
}
