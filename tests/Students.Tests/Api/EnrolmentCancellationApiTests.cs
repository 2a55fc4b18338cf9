using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Features.CareNotes;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class EnrolmentCancellationApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private static string Url(Guid id) => $"/api/students/{id}/cancellation";

    [Fact]
    public async Task A_coordinator_cancels_a_fresh_enrolment_which_goes_with_its_events_and_announces_StudentErased()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentErased>());
        var mentor = await fixture.NewMentorAsync();
        var request = TestStudents.Create(mentor, lastName: $"Mistake{Guid.NewGuid():N}"[..20]);
        var student = await fixture.Coordinator().CreateStudentAsync(request);

        var cancel = await fixture.Coordinator().PostAsync(Url(student.Id), null);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        await events.WaitForAsync<StudentErased>(e => e.StudentId == student.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).StatusCode);
        var leftovers = await fixture.InDatabaseAsync(async db => new
        {
            Students = await db.Students.CountAsync(s => s.Id == student.Id),
            Enrolments = await db.Enrolments.CountAsync(e => e.StudentId == student.Id),
            Tombstones = await db.ErasedStudents.CountAsync(e => e.Id == student.Id),
            OutboxWithName = await db.Database
                .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE payload::text LIKE {"%" + student.LastName + "%"}")
                .SingleAsync(),
        });
        Assert.Equal(0, leftovers.Students);
        Assert.Equal(0, leftovers.Enrolments);
        Assert.Equal(1, leftovers.Tombstones);
        Assert.Equal(0, leftovers.OutboxWithName);

        // The student number is free again for the right registration.
        await fixture.Coordinator().CreateStudentAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().PostAsync(Url(student.Id), null)).StatusCode);
    }

    [Fact]
    public async Task Only_a_coordinator_may_cancel()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(mentor).PostAsync(Url(student.Id), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher().PostAsync(Url(student.Id), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Care().PostAsync(Url(student.Id), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Operator().PostAsync(Url(student.Id), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(student.Id).PostAsync(Url(student.Id), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().PostAsync(Url(student.Id), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().PostAsync(Url(Guid.NewGuid()), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).StatusCode);
    }

    [Fact]
    public async Task Something_hanging_on_the_enrolment_is_a_409_naming_the_rule_and_the_student_stays()
    {
        var mentor = await fixture.NewMentorAsync();
        var withDraftIntake = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        await fixture.Mentor(mentor).PutJsonAsync($"/api/students/{withDraftIntake.Id}/intake", TestStudents.Intake(complete: false));
        await (await fixture.Coordinator().PostAsync(Url(withDraftIntake.Id), null)).AssertConflictAsync("cancel-intake-started");

        var withCareNote = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        await fixture.Mentor(mentor).PostJsonAsync($"/api/students/{withCareNote.Id}/care-notes", new CareNoteRequest("Private matter."));
        await (await fixture.Coordinator().PostAsync(Url(withCareNote.Id), null)).AssertConflictAsync("cancel-care-notes");

        var left = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        await fixture.Coordinator().PutJsonAsync(
            $"/api/students/{left.Id}/status", new ChangeStatusRequest(StudentStatus.LeftEarly, LeavingReason.Other, DateOnly.FromDateTime(DateTime.UtcNow)));
        await (await fixture.Coordinator().PostAsync(Url(left.Id), null)).AssertConflictAsync("cancel-status-changed");

        var old = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        await fixture.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE students SET created_at = now() - interval '31 days' WHERE id = {old.Id}"));
        await (await fixture.Coordinator().PostAsync(Url(old.Id), null)).AssertConflictAsync("cancel-too-late");

        foreach (var id in new[] { withDraftIntake.Id, withCareNote.Id, left.Id, old.Id })
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Coordinator().GetAsync($"/api/students/{id}")).StatusCode);
        }
    }
}
