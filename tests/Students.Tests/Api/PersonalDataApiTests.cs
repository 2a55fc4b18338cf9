using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Features.CareNotes;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.PersonalData;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class PersonalDataApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private static readonly DateOnly LongAgo = new(2026, 1, 15);

    private async Task<(StudentResponse Student, Guid Mentor)> StudentWithIntakeAndCareNoteAsync()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor, lastName: $"Erasable{Guid.NewGuid():N}"[..20]));
        await fixture.Mentor(mentor).PutJsonAsync($"/api/students/{student.Id}/intake", TestStudents.Intake());
        await fixture.Mentor(mentor).PostJsonAsync($"/api/students/{student.Id}/care-notes", new CareNoteRequest("Private matter."));
        return (student, mentor);
    }

    [Fact]
    public async Task The_student_exports_their_own_data_without_care_notes_or_staff_notes()
    {
        var (student, _) = await StudentWithIntakeAndCareNoteAsync();

        var export = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<StudentExport>();

        Assert.Equal(student.StudentNumber, export.Student.StudentNumber);
        Assert.Equal("complete", export.Intake.Status);
        Assert.Null(export.Intake.Needs.Didactic?.Note);
        Assert.Null(export.CareNotes);
    }

    [Fact]
    public async Task Care_staff_export_everything_including_care_notes_and_the_export_is_logged()
    {
        var (student, _) = await StudentWithIntakeAndCareNoteAsync();
        var care = Guid.NewGuid();

        var export = await (await fixture.Care(care).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<StudentExport>();

        Assert.Equal("Private matter.", Assert.Single(export.CareNotes!).Text);
        Assert.NotNull(export.Intake.Needs.Didactic?.Note);
        Assert.NotNull(export.CareNoteAccessLog);
        Assert.True(await fixture.InDatabaseAsync(db => db.CareNoteAccessLog.AnyAsync(a => a.StudentId == student.Id && a.StaffId == care)));
    }

    [Fact]
    public async Task The_students_own_mentor_exports_with_staff_notes_but_without_care_notes()
    {
        var (student, mentor) = await StudentWithIntakeAndCareNoteAsync();

        var export = await (await fixture.Mentor(mentor).GetAsync($"/api/students/{student.Id}/export")).ReadAsync<StudentExport>();

        Assert.Equal(student.StudentNumber, export.Student.StudentNumber);
        Assert.NotNull(export.Intake.Needs.Didactic?.Note);
        Assert.Null(export.CareNotes);
    }

    [Fact]
    public async Task Others_cannot_export()
    {
        var (student, _) = await StudentWithIntakeAndCareNoteAsync();
        var url = $"/api/students/{student.Id}/export";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Operator().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(Guid.NewGuid()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Coordinator().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().GetAsync($"/api/students/{Guid.NewGuid()}/export")).StatusCode);
    }

    [Fact]
    public async Task Erasure_removes_all_personal_data_publishes_StudentErased_and_keeps_a_pseudonymous_access_log()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentErased>().Collect<StudentStatusChanged>());
        var (student, _) = await StudentWithIntakeAndCareNoteAsync();
        await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}/status", new ChangeStatusRequest(StudentStatus.Graduated, null, LongAgo));
        await events.WaitForAsync<StudentStatusChanged>(e => e.StudentId == student.Id);
        await fixture.Care().GetAsync($"/api/students/{student.Id}/care-notes");

        var erase = await fixture.Coordinator().DeleteAsync($"/api/students/{student.Id}");

        Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);
        await events.WaitForAsync<StudentErased>(e => e.StudentId == student.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).StatusCode);

        var leftovers = await fixture.InDatabaseAsync(async db => new
        {
            Students = await db.Students.CountAsync(s => s.Id == student.Id || s.StudentNumber == student.StudentNumber),
            Enrolments = await db.Enrolments.CountAsync(e => e.StudentId == student.Id),
            Mentors = await db.MentorAssignments.CountAsync(m => m.StudentId == student.Id),
            CareNotes = await db.CareNotes.CountAsync(n => n.StudentId == student.Id),
            Tombstones = await db.ErasedStudents.CountAsync(e => e.Id == student.Id),
            AccessLog = await db.CareNoteAccessLog.CountAsync(a => a.StudentId == student.Id),
            // The outbox keeps published events a few days; none about this student may still carry their name.
            OutboxWithName = await db.Database
                .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE payload::text LIKE {"%" + student.LastName + "%"} OR payload::text LIKE {"%" + student.StudentNumber + "%"}")
                .SingleAsync(),
        });
        Assert.Equal(0, leftovers.Students);
        Assert.Equal(0, leftovers.Enrolments);
        Assert.Equal(0, leftovers.Mentors);
        Assert.Equal(0, leftovers.CareNotes);
        Assert.Equal(0, leftovers.OutboxWithName);
        Assert.Equal(1, leftovers.Tombstones);
        Assert.Equal(2, leftovers.AccessLog);

        var log = await (await fixture.Care().GetAsync($"/api/students/{student.Id}/care-notes/access-log")).ReadAsync<List<CareNoteAccessEntry>>();
        Assert.Equal(2, log.Count);
        Assert.All(log, entry => Assert.Equal(student.Id, entry.StudentId));
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Coordinator().DeleteAsync($"/api/students/{student.Id}")).StatusCode);
    }

    [Fact]
    public async Task Erasure_is_refused_while_the_student_is_active_or_within_the_retention_period()
    {
        var (student, mentor) = await StudentWithIntakeAndCareNoteAsync();
        var url = $"/api/students/{student.Id}";

        await (await fixture.Coordinator().DeleteAsync(url)).AssertConflictAsync("erasure-requires-leaving");

        var recently = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5);
        await fixture.Coordinator().PutJsonAsync($"{url}/status", new ChangeStatusRequest(StudentStatus.LeftEarly, LeavingReason.Work, recently));
        await (await fixture.Operator().DeleteAsync(url)).AssertConflictAsync("erasure-retention-period");

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(mentor).DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Care().DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(student.Id).DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().DeleteAsync($"/api/students/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Coordinator().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_operator_may_erase_once_the_rules_allow_it()
    {
        var (student, _) = await StudentWithIntakeAndCareNoteAsync();
        await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}/status", new ChangeStatusRequest(StudentStatus.LeftEarly, LeavingReason.OtherProgramme, LongAgo));

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Operator().DeleteAsync($"/api/students/{student.Id}")).StatusCode);
    }
}
