using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Students.Tests.Messaging;

/// <summary>Identity announces staff accounts (StaffMemberChanged); Students keeps the newest of each and lets only active mentors be assigned.</summary>
public sealed class StaffMemberChangedConsumerTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>, IAsyncLifetime
{
    private TestPublisher _publisher = null!;

    public async Task InitializeAsync() => _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    [Fact]
    public async Task A_mentor_announced_by_Identity_is_stored_and_can_be_assigned()
    {
        var staffId = Guid.NewGuid();
        var userId = Guid.NewGuid();
        var announced = TestMentors.Changed(staffId, 1, "Mila Mentor", [Roles.Mentor, Roles.Teacher], userId: userId);
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());

        await PublishAndWaitAsync(announced);

        var copy = await CopyAsync(staffId);
        Assert.Equal(userId, copy.UserId);
        Assert.Equal("Mila Mentor", copy.DisplayName);
        Assert.Equal([Roles.Mentor, Roles.Teacher], copy.Roles);
        Assert.True(copy.Active);
        Assert.Equal(1, copy.Version);
        var assigned = await (await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}/mentor", new AssignMentorRequest(staffId)))
            .ReadAsync<StudentResponse>();
        Assert.Equal(staffId, assigned.MentorStaffId);
        Assert.True(assigned.MentorActive);
        var created = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(staffId));
        Assert.Equal(staffId, created.MentorStaffId);
    }

    [Fact]
    public async Task A_mentor_who_loses_the_role_or_is_deactivated_can_no_longer_be_assigned_but_their_students_keep_them()
    {
        var staffId = Guid.NewGuid();
        await PublishAndWaitAsync(TestMentors.Changed(staffId, 1));
        var mentee = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(staffId));
        var other = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());
        var assign = $"/api/students/{other.Id}/mentor";

        // The mentor role taken away (still a teacher).
        await PublishAndWaitAsync(TestMentors.Changed(staffId, 2, roles: [Roles.Teacher]));
        Assert.Equal(["No active mentor has this staff id."],
            await (await fixture.Coordinator().PutJsonAsync(assign, new AssignMentorRequest(staffId))).AssertFieldErrorAsync("mentorStaffId"));
        var kept = await (await fixture.Coordinator().GetAsync($"/api/students/{mentee.Id}")).ReadAsync<StudentResponse>();
        Assert.Equal(staffId, kept.MentorStaffId);
        Assert.False(kept.MentorActive);

        // The role given back, then the account deactivated.
        await PublishAndWaitAsync(TestMentors.Changed(staffId, 3));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Coordinator().PutJsonAsync(assign, new AssignMentorRequest(staffId))).StatusCode);
        await PublishAndWaitAsync(TestMentors.Changed(staffId, 4, active: false));
        await (await fixture.Coordinator().PostJsonAsync("/api/students", TestStudents.Create(staffId))).AssertFieldErrorAsync("mentorStaffId");
        var copy = await CopyAsync(staffId);
        Assert.False(copy.Active);
        Assert.Equal(4, copy.Version);
        Assert.Equal(staffId, (await fixture.InDatabaseAsync(db => db.Students.SingleAsync(s => s.Id == mentee.Id))).MentorStaffId);
    }

    [Fact]
    public async Task A_late_older_version_and_a_redelivery_change_nothing()
    {
        var staffId = Guid.NewGuid();
        var active = TestMentors.Changed(staffId, 1, "First Name");
        var deactivated = TestMentors.Changed(staffId, 2, "Second Name", active: false);
        await PublishAndWaitAsync(active);
        await PublishAndWaitAsync(deactivated);

        // The first event again (a redelivery: same id), and a late copy of it (another id, the old version).
        var late = active with { EventId = Guid.NewGuid(), DisplayName = "Late Name" };
        await _publisher.PublishAsync(active);
        await _publisher.PublishAsync(deactivated);
        await PublishAndWaitAsync(late);
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Set<ProcessedMessage>().CountAsync(m => m.MessageId == late.EventId).ContinueWith(t => t.Result == 1)),
            "the late event handled");

        var copy = await CopyAsync(staffId);
        Assert.Equal(2, copy.Version);
        Assert.False(copy.Active);
        Assert.Equal("Second Name", copy.DisplayName);
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.StaffMembers.CountAsync(s => s.StaffId == staffId)));
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Set<ProcessedMessage>().CountAsync(m => m.MessageId == active.EventId)));
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());
        await (await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}/mentor", new AssignMentorRequest(staffId))).AssertFieldErrorAsync("mentorStaffId");
    }

    /// <summary>Publishes the event and waits until the inbox handled it (applied or, when older, ignored).</summary>
    private async Task PublishAndWaitAsync(StaffMemberChanged e)
    {
        await _publisher.PublishAsync(e);
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Set<ProcessedMessage>().AnyAsync(m => m.MessageId == e.EventId)),
            $"StaffMemberChanged version {e.Version} handled");
    }

    private Task<StaffMemberCopy> CopyAsync(Guid staffId) =>
        fixture.InDatabaseAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.StaffId == staffId));
}
