using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.PersonalData;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Testing;
using Xunit;
using static PartnershipHub.Guidance.Tests.Support.AbsenceClient;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The mentor's entry, the trainer's workplace report, who reads what, and absence in erasure and export.</summary>
public sealed class AbsenceApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>, IAsyncLifetime
{
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();
    private TestPublisher _publisher = null!;

    public async Task InitializeAsync() => _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync(PlacementStatus status = PlacementStatus.Active)
    {
        var student = TestData.Student(_mentor);
        var placement = TestData.Placement(student.Id, _company, status, start: Today.AddDays(-40));
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        return (student, placement);
    }

    private static string Path(Guid studentId) => $"/api/students/{studentId}/absences";

    private static string WorkplacePath(Guid placementId) => $"/api/placements/{placementId}/absences";

    [Fact]
    public async Task The_mentor_enters_a_day_and_the_same_day_again_replaces_it()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var day = Monday(1).AddDays(1);

        var first = await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 3m, false, "ZK"))).ReadAsync<SchoolAbsenceResponse>();
        Assert.Equal((AbsenceSource.Mentor, AbsencePeriod.Day, 3m, false), (first.Source, first.Period, first.Hours, first.Authorised));
        var second = await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 2m, true, null))).ReadAsync<SchoolAbsenceResponse>();
        Assert.Equal(first.AbsenceId, second.AbsenceId);

        var stored = Assert.Single(await fixture.InDatabaseAsync(db => db.SchoolAbsences.AsNoTracking().Where(a => a.StudentId == student.Id).ToListAsync()));
        Assert.Equal((2m, true, (string?)null), (stored.Hours, stored.Authorised, stored.ReasonCode));
        Assert.Equal(2, await fixture.OutboxCountAsync("AbsenceRecorded", student.Id.ToString()));
    }

    [Fact]
    public async Task Bad_entries_are_a_400_naming_the_field_and_nothing_is_stored()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var day = Monday(1);
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(null, 2m, false, null))).AssertFieldErrorAsync("date");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, null, false, null))).AssertFieldErrorAsync("hours");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 2m, null, null))).AssertFieldErrorAsync("authorised");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 0m, false, null))).AssertFieldErrorAsync("hours");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 13m, false, null))).AssertFieldErrorAsync("hours");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 1.255m, false, null))).AssertFieldErrorAsync("hours");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(Today.AddDays(2), 2m, false, null))).AssertFieldErrorAsync("date");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(new DateOnly(2025, 8, 1), 2m, false, null))).AssertFieldErrorAsync("date");
        await (await mentor.PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(day, 2m, false, "ziek met koorts"))).AssertFieldErrorAsync("reasonCode");
        await (await mentor.GetAsync($"{Path(student.Id)}?weeks=0")).AssertFieldErrorAsync("weeks");
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.SchoolAbsences.CountAsync(a => a.StudentId == student.Id)));
    }

    [Fact]
    public async Task Only_the_mentor_enters_and_mentor_coordinator_or_linked_teacher_read()
    {
        var (student, _) = await ArrangeAsync();
        var entry = new SchoolAbsenceRequest(Monday(1), 2m, false, null);
        await (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync(Path(student.Id), entry)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().PostJsonAsync(Path(student.Id), entry)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).PostJsonAsync(Path(student.Id), entry)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).PostJsonAsync(Path(student.Id), entry)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(_mentor).PostJsonAsync(Path(Guid.NewGuid()), entry)).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await fixture.Mentor(_mentor).PostJsonAsync(Path(student.Id), entry)).AssertStatusAsync(HttpStatusCode.OK);

        var teacher = Guid.NewGuid();
        await (await fixture.Teacher(teacher).GetAsync(Path(student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await fixture.LinkTeacherAsync(student.Id, teacher);
        foreach (var reader in new[] { fixture.Mentor(_mentor), fixture.Coordinator(), fixture.Teacher(teacher) })
        {
            var absence = await (await reader.GetAsync(Path(student.Id))).ReadAsync<StudentAbsenceResponse>();
            Assert.Single(absence.School);
            var week = Assert.Single(absence.Weeks);
            Assert.Equal((Monday(1), 0m, 2m), (week.WeekStart, week.AuthorisedHours, week.UnauthorisedHours));
        }

        await (await fixture.Mentor(Guid.NewGuid()).GetAsync(Path(student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Care().GetAsync(Path(student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).GetAsync(Path(student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).GetAsync(Path(student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().GetAsync(Path(Guid.NewGuid()))).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_trainer_reports_workplace_absence_for_a_student_placed_at_their_company_now_and_reads_it_back()
    {
        var (student, placement) = await ArrangeAsync();
        var trainer = fixture.Trainer(_company);
        var day = Monday(1).AddDays(2);

        var reported = await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), new WorkplaceAbsenceRequest(day, 4m, true))).ReadAsync<WorkplaceAbsenceResponse>();
        Assert.Equal((student.Id, 4m, true), (reported.StudentId, reported.Hours, reported.Authorised));
        var corrected = await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), new WorkplaceAbsenceRequest(day, 8m, false))).ReadAsync<WorkplaceAbsenceResponse>();
        Assert.Equal(reported.AbsenceId, corrected.AbsenceId);

        var list = await (await trainer.GetAsync(WorkplacePath(placement.Id))).ReadAsync<List<WorkplaceAbsenceResponse>>();
        Assert.Equal((8m, false), (Assert.Single(list).Hours, list[0].Authorised));
        var seenBySchool = await (await fixture.Mentor(_mentor).GetAsync(Path(student.Id))).ReadAsync<StudentAbsenceResponse>();
        Assert.Equal(8m, Assert.Single(seenBySchool.Workplace).Hours);
        Assert.Equal(2, await fixture.OutboxCountAsync("AbsenceRecorded", student.Id.ToString()));
    }

    [Fact]
    public async Task Only_a_trainer_of_the_company_reports_only_on_a_current_placement_and_bad_input_names_the_field()
    {
        var (_, placement) = await ArrangeAsync();
        var (_, ended) = await ArrangeAsync(PlacementStatus.Completed);
        var report = new WorkplaceAbsenceRequest(Monday(1), 4m, false);
        await (await fixture.Trainer(Guid.NewGuid()).PostJsonAsync(WorkplacePath(placement.Id), report)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(Guid.NewGuid()).GetAsync(WorkplacePath(placement.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(_mentor).PostJsonAsync(WorkplacePath(placement.Id), report)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().GetAsync(WorkplacePath(placement.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).PostJsonAsync(WorkplacePath(Guid.NewGuid()), report)).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await fixture.Trainer(_company).PostJsonAsync(WorkplacePath(ended.Id), report)).AssertConflictAsync("placement-not-current");

        var trainer = fixture.Trainer(_company);
        await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), report with { Hours = 0m })).AssertFieldErrorAsync("hours");
        await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), report with { Hours = null })).AssertFieldErrorAsync("hours");
        await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), report with { Authorised = null })).AssertFieldErrorAsync("authorised");
        await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), report with { Date = Today.AddDays(-60) })).AssertFieldErrorAsync("date");
        await (await trainer.PostJsonAsync(WorkplacePath(placement.Id), report with { Date = Today.AddDays(1) })).AssertFieldErrorAsync("date");
        Assert.Empty(await (await trainer.GetAsync(WorkplacePath(placement.Id))).ReadAsync<List<WorkplaceAbsenceResponse>>());
    }

    [Fact]
    public async Task The_export_lists_the_students_absence_and_erasure_removes_it()
    {
        var (student, placement) = await ArrangeAsync();
        await (await fixture.Mentor(_mentor).PostJsonAsync(Path(student.Id), new SchoolAbsenceRequest(Monday(1), 2m, false, "ZK"))).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Trainer(_company).PostJsonAsync(WorkplacePath(placement.Id), new WorkplaceAbsenceRequest(Monday(1).AddDays(1), 3m, true))).AssertStatusAsync(HttpStatusCode.OK);

        var export = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<GuidanceExport>();
        Assert.Equal("ZK", Assert.Single(export.SchoolAbsences).ReasonCode);
        Assert.Equal(3m, Assert.Single(export.WorkplaceAbsences).Hours);

        await _publisher.PublishAsync(new StudentErased(student.Id));
        await Eventually.WaitAsync(
            () => fixture.InDatabaseAsync(async db => await db.SchoolAbsences.CountAsync(a => a.StudentId == student.Id) + await db.WorkplaceAbsences.CountAsync(a => a.StudentId == student.Id)),
            n => n == 0, what: "absence erased");
    }
}
