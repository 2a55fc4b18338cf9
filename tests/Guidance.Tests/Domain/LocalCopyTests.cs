using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

/// <summary>The version rules of the copies: events arrive in any order, each part keeps its newest version.</summary>
public sealed class LocalCopyTests
{
    private static readonly Enrolment Enrolment = new(Guid.NewGuid(), "25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");

    private static StudentEnrolled Enrolled(Guid id, Guid mentor, long version) =>
        new(id, "900123", "Sanne", "Jansen", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", Enrolment, mentor, version);

    [Fact]
    public void A_late_enrolment_fills_in_the_record_and_never_overwrites_a_newer_mentor()
    {
        var copy = new StudentCopy { Id = Guid.NewGuid() };
        var newer = Guid.NewGuid();
        copy.Apply(new MentorAssigned(copy.Id, newer, 3));
        copy.Apply(Enrolled(copy.Id, Guid.NewGuid(), 1));

        Assert.Equal((newer, 3L), (copy.MentorStaffId, copy.MentorVersion));
        Assert.Equal(("Jansen", 1L), (copy.LastName, copy.RecordVersion));
        Assert.Equal("25258", copy.Crebo);
    }

    [Fact]
    public void An_older_update_changes_nothing()
    {
        var copy = new StudentCopy { Id = Guid.NewGuid() };
        copy.Apply(new StudentUpdated(copy.Id, "900123", "Sanne", "de Vries", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", StudentStatus.Paused, 5));
        copy.Apply(new StudentUpdated(copy.Id, "900123", "Sanne", "Bakker", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", StudentStatus.Active, 4));

        Assert.Equal(("de Vries", StudentStatus.Paused), (copy.LastName, copy.Status));
    }

    [Fact]
    public void An_erased_copy_ignores_every_later_event()
    {
        var copy = new StudentCopy { Id = Guid.NewGuid() };
        copy.Apply(Enrolled(copy.Id, Guid.NewGuid(), 1));
        copy.Erase(DateTimeOffset.UtcNow);
        copy.Apply(new StudentUpdated(copy.Id, "900123", "Sanne", "Back", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", StudentStatus.Active, 2));
        copy.Apply(new MentorAssigned(copy.Id, Guid.NewGuid(), 3));

        Assert.Null(copy.LastName);
        Assert.Equal("(erased)", copy.DisplayName);
        Assert.Equal(1, copy.MentorVersion);
    }

    [Fact]
    public void A_placement_snapshot_applies_only_when_newer()
    {
        var copy = new PlacementCopy { Id = Guid.NewGuid() };
        var student = Guid.NewGuid();
        var company = Guid.NewGuid();

        Assert.True(copy.Apply(TestData.Snapshot(copy.Id, student, company, PlacementStatus.Active), 3));
        Assert.False(copy.Apply(TestData.Snapshot(copy.Id, student, company, PlacementStatus.Proposed), 2));
        Assert.False(copy.Apply(TestData.Snapshot(copy.Id, student, company, PlacementStatus.Proposed), 3));
        Assert.Equal((PlacementStatus.Active, 3L), (copy.Status, copy.Version));
    }

    [Fact]
    public void The_placement_teacher_comes_from_the_newest_snapshot_of_any_placement_event()
    {
        var copy = new PlacementCopy { Id = Guid.NewGuid() };
        var snapshot = TestData.Snapshot(copy.Id, Guid.NewGuid(), Guid.NewGuid(), PlacementStatus.Active);
        var teacher = Guid.NewGuid();
        var replacement = Guid.NewGuid();

        Assert.True(copy.Apply(snapshot with { TeacherStaffId = teacher }, 2));
        Assert.Equal(teacher, copy.TeacherStaffId);
        Assert.True(copy.Apply(new PlacementEnded(snapshot with { TeacherStaffId = replacement, Status = PlacementStatus.Completed }, new DateOnly(2027, 1, 31), false, null, null, 4)));
        Assert.Equal(replacement, copy.TeacherStaffId);

        // An older event carries the teacher as it was then: it does not bring them back.
        Assert.False(copy.Apply(snapshot with { TeacherStaffId = teacher }, 3));
        Assert.Equal(replacement, copy.TeacherStaffId);
        Assert.True(copy.Apply(snapshot with { TeacherStaffId = null }, 5));
        Assert.Null(copy.TeacherStaffId);
    }

    [Fact]
    public void A_sign_off_arriving_after_a_newer_snapshot_still_records_its_date_and_feedback()
    {
        var copy = new AssignmentCopy { Id = Guid.NewGuid() };
        AssignmentSnapshot Snapshot(AssignmentStatus status) => new(copy.Id, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Klant helpen", [], null, status);
        copy.Apply(Snapshot(AssignmentStatus.Returned), 4);
        var signedOffAt = DateTimeOffset.UtcNow;

        Assert.False(copy.Apply(new AssignmentSignedOff(Snapshot(AssignmentStatus.SignedOff), Guid.NewGuid(), "Goed", signedOffAt, 3)));
        Assert.Equal((AssignmentStatus.Returned, 4L), (copy.Status, copy.Version));
        Assert.Equal((signedOffAt, "Goed"), (copy.SignedOffAt, copy.Feedback));
    }

    [Fact]
    public void The_latest_approval_of_a_week_stands()
    {
        var week = new ApprovedWeek();
        var approval = new HoursApproved(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 9, 7), 32, 32);

        Assert.True(week.Approve(approval));
        Assert.False(week.Approve(approval with { Hours = 12, OccurredAt = approval.OccurredAt.AddHours(-1) }));
        Assert.True(week.Approve(approval with { Hours = 30, OccurredAt = approval.OccurredAt.AddHours(1) }));
        Assert.Equal(30, week.Hours);
    }
}
