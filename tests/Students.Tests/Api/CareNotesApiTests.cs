using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.CareNotes;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class CareNotesApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task The_own_mentor_and_care_staff_write_and_read_care_notes_and_every_access_is_logged()
    {
        var mentor = await fixture.NewMentorAsync();
        var care = Guid.NewGuid();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/care-notes";

        var written = await (await fixture.Mentor(mentor).PostJsonAsync(url, new CareNoteRequest("Mother is ill; the student cares for siblings.")))
            .ReadAsync<CareNoteResponse>(HttpStatusCode.Created);
        await fixture.Care(care).PostJsonAsync(url, new CareNoteRequest("Referred to the school social worker."));

        var readByMentor = await (await fixture.Mentor(mentor).GetAsync(url)).ReadAsync<List<CareNoteResponse>>();
        var readByCare = await (await fixture.Care(care).GetAsync(url)).ReadAsync<List<CareNoteResponse>>();

        Assert.Equal(2, readByMentor.Count);
        Assert.Equal(readByMentor.Select(n => n.Id), readByCare.Select(n => n.Id));
        Assert.Equal(mentor, readByMentor.Single(n => n.Id == written.Id).AuthorStaffId);

        var log = await (await fixture.Care(care).GetAsync($"{url}/access-log")).ReadAsync<List<CareNoteAccessEntry>>();
        Assert.Equal(
            [(care, CareNoteAccessKind.Read), (mentor, CareNoteAccessKind.Read), (care, CareNoteAccessKind.Write), (mentor, CareNoteAccessKind.Write)],
            log.Select(e => (e.StaffId, e.Kind)));
        Assert.Equal("mentor", log.Single(e => e.StaffId == mentor && e.Kind == CareNoteAccessKind.Read).Role);
    }

    [Fact]
    public async Task A_mentor_cannot_read_another_mentors_mentees_care_notes_and_the_attempt_reads_nothing()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/care-notes";
        await fixture.Mentor(mentor).PostJsonAsync(url, new CareNoteRequest("Sensitive."));

        var otherMentor = await fixture.Mentor(Guid.NewGuid()).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, otherMentor.StatusCode);
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.CareNoteAccessLog.CountAsync(a => a.StudentId == student.Id)));
    }

    [Fact]
    public async Task Coordinators_teachers_students_and_trainers_have_no_access_to_care_notes()
    {
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(await fixture.NewMentorAsync()));
        var url = $"/api/students/{student.Id}/care-notes";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Coordinator().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(student.Id).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Coordinator().PostJsonAsync(url, new CareNoteRequest("x"))).StatusCode);
    }

    [Fact]
    public async Task Only_care_staff_read_the_access_log()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/care-notes/access-log";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(mentor).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Coordinator().GetAsync(url)).StatusCode);
        Assert.Empty(await (await fixture.Care().GetAsync(url)).ReadAsync<List<CareNoteAccessEntry>>());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Care().GetAsync($"/api/students/{Guid.NewGuid()}/care-notes/access-log")).StatusCode);
    }

    [Fact]
    public async Task An_empty_note_is_refused_and_an_unknown_student_is_not_found()
    {
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());

        await (await fixture.Care().PostJsonAsync($"/api/students/{student.Id}/care-notes", new CareNoteRequest("  "))).AssertFieldErrorAsync("text");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Care().GetAsync($"/api/students/{Guid.NewGuid()}/care-notes")).StatusCode);
    }
}
