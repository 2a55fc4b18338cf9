using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class StudentLifecycleApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task Assigning_a_mentor_publishes_MentorAssigned_and_keeps_the_history()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<MentorAssigned>());
        var first = await fixture.NewMentorAsync();
        var second = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(first));

        var response = await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}/mentor", new AssignMentorRequest(second));

        var updated = await response.ReadAsync<StudentResponse>();
        Assert.Equal(second, updated.MentorStaffId);
        Assert.Equal([first, second], updated.MentorHistory!.Select(m => m.MentorStaffId));
        Assert.NotNull(updated.MentorHistory![0].EndedAt);
        var published = await events.WaitForAsync<MentorAssigned>(e => e.StudentId == student.Id);
        Assert.Equal(second, published.MentorStaffId);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task Only_coordinators_assign_mentors()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/mentor";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(mentor).PutJsonAsync(url, new AssignMentorRequest(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().PutJsonAsync(url, new AssignMentorRequest(Guid.NewGuid()))).StatusCode);
        await (await fixture.Coordinator().PutJsonAsync(url, new AssignMentorRequest(null))).AssertFieldErrorAsync("mentorStaffId");
        Assert.Equal(HttpStatusCode.NotFound,
            (await fixture.Coordinator().PutJsonAsync($"/api/students/{Guid.NewGuid()}/mentor", new AssignMentorRequest(Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Leaving_early_publishes_the_status_with_its_reason()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentStatusChanged>());
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/status";

        await (await fixture.Mentor(mentor).PutJsonAsync(url, new ChangeStatusRequest(StudentStatus.LeftEarly, null, new DateOnly(2025, 11, 1))))
            .AssertFieldErrorAsync("reason");
        var left = await (await fixture.Mentor(mentor).PutJsonAsync(url, new ChangeStatusRequest(StudentStatus.LeftEarly, LeavingReason.PoorFitWithTrade, new DateOnly(2025, 11, 1))))
            .ReadAsync<StudentResponse>();

        Assert.Equal(StudentStatus.LeftEarly, left.Status);
        var published = await events.WaitForAsync<StudentStatusChanged>(e => e.StudentId == student.Id);
        Assert.Equal(LeavingReason.PoorFitWithTrade, published.Reason);
        Assert.Equal(new DateOnly(2025, 11, 1), published.EffectiveOn);
    }

    [Fact]
    public async Task Status_changes_are_refused_for_others_and_for_impossible_transitions()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/status";

        Assert.Equal(HttpStatusCode.Forbidden,
            (await fixture.Mentor(Guid.NewGuid()).PutJsonAsync(url, new ChangeStatusRequest(StudentStatus.Paused, null, new DateOnly(2026, 1, 1)))).StatusCode);
        await (await fixture.Coordinator().PutJsonAsync(url, new ChangeStatusRequest(null, null, null))).AssertFieldErrorAsync("status");
        await fixture.Coordinator().PutJsonAsync(url, new ChangeStatusRequest(StudentStatus.Graduated, null, new DateOnly(2026, 7, 1)));

        var back = await fixture.Coordinator().PutJsonAsync(url, new ChangeStatusRequest(StudentStatus.Active, null, new DateOnly(2026, 8, 1)));

        await back.AssertConflictAsync("graduated-is-final");
    }

    [Fact]
    public async Task A_programme_change_publishes_EnrolmentChanged_and_keeps_the_old_programme()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<EnrolmentChanged>());
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());
        var carpentry = new EnrolmentRequest("25252", "Timmerman", 2, LearningRoute.Bbl, new DateOnly(2026, 2, 1), new DateOnly(2028, 2, 1), "Bouw");

        var changed = await (await fixture.Coordinator().PostJsonAsync($"/api/students/{student.Id}/enrolments", carpentry))
            .ReadAsync<StudentResponse>(HttpStatusCode.Created);

        Assert.Equal("25252", changed.CurrentEnrolment.Crebo);
        Assert.Equal(2, changed.EnrolmentHistory!.Count);
        Assert.Equal(new DateOnly(2026, 2, 1), changed.EnrolmentHistory[0].EndedOn);
        var published = await events.WaitForAsync<EnrolmentChanged>(e => e.StudentId == student.Id);
        Assert.Equal(LearningRoute.Bbl, published.Enrolment.Route);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task Bad_programme_changes_are_refused()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/enrolments";

        await (await fixture.Coordinator().PostJsonAsync(url, TestStudents.Enrolment(level: 0))).AssertFieldErrorAsync("level");
        await (await fixture.Coordinator().PostJsonAsync(url, TestStudents.Enrolment(crebo: "2525"))).AssertFieldErrorAsync("crebo");
        await (await fixture.Coordinator().PostJsonAsync(url, TestStudents.Enrolment() with { ExpectedEndDate = new DateOnly(2024, 1, 1) }))
            .AssertFieldErrorAsync("expectedEndDate");
        await (await fixture.Coordinator().PostJsonAsync(url, TestStudents.Enrolment())).AssertConflictAsync("same-programme");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(mentor).PostJsonAsync(url, TestStudents.Enrolment("25252"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await fixture.Coordinator().PostJsonAsync($"/api/students/{Guid.NewGuid()}/enrolments", TestStudents.Enrolment("25252"))).StatusCode);
    }
}
