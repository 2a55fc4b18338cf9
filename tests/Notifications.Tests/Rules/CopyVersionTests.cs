using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>The copies' "apply only a newer version" rules, without a database.</summary>
public sealed class CopyVersionTests
{
    private static readonly Guid StudentId = Guid.NewGuid();

    [Fact]
    public void A_late_record_update_still_applies_after_a_newer_mentor_change()
    {
        var copy = new StudentCopy { Id = StudentId };
        var mentor = Guid.NewGuid();
        copy.Apply(new MentorAssigned(StudentId, mentor, 5));

        copy.Apply(new StudentUpdated(StudentId, "S1", "Sanne", "Jansen", default, "s@x.nl", null, null, null, "2026", StudentStatus.Active, 4));
        copy.Apply(new MentorAssigned(StudentId, Guid.NewGuid(), 3));

        Assert.Equal(("Sanne Jansen", mentor, 5L), (copy.DisplayName, copy.MentorStaffId!.Value, copy.Version));
    }

    [Fact]
    public void An_erased_student_takes_no_more_updates()
    {
        var copy = new StudentCopy { Id = StudentId };
        copy.Erase(DateTimeOffset.UtcNow);

        copy.Apply(new StudentUpdated(StudentId, "S1", "Sanne", "Jansen", default, "s@x.nl", null, null, null, "2026", StudentStatus.Active, 9));

        Assert.Equal("", copy.DisplayName);
        Assert.Null(copy.Email);
    }

    [Fact]
    public void Staff_and_trainer_copies_ignore_older_versions()
    {
        var staff = new StaffCopy();
        Assert.True(staff.Apply(new StaffMemberChanged(Guid.NewGuid(), Guid.NewGuid(), "A", "A@X.NL", ["coordinator"], true, "EN", default, 2)));
        Assert.False(staff.Apply(new StaffMemberChanged(Guid.NewGuid(), Guid.NewGuid(), "B", "b@x.nl", [], false, "nl", default, 1)));
        Assert.Equal(("A", "a@x.nl", true, "en"), (staff.DisplayName, staff.Email, staff.Active, staff.Language));

        var trainer = new TrainerCopy();
        var company = Guid.NewGuid();
        trainer.Apply(new TrainerDeactivated(Guid.NewGuid(), company, 3));
        Assert.False(trainer.Apply(new TrainerRegistered(Guid.NewGuid(), company, "T", "t@x.nl", null, [], 1, 2)));
        Assert.False(trainer.Active);
    }

    [Fact]
    public void A_placement_keeps_the_newest_snapshot_and_signatures_in_any_order()
    {
        var placementId = Guid.NewGuid();
        var snapshot = new PlacementSnapshot(placementId, StudentId, Guid.NewGuid(), "C", Guid.NewGuid(), null, "25180", LearningRoute.Bol, Guid.NewGuid(),
            new DateOnly(2027, 4, 1), new DateOnly(2027, 7, 1), 400, PlacementStatus.Proposed, []);
        var copy = PlacementCopy.Stub(placementId, StudentId, snapshot.CompanyId);
        copy.RecordSignature(new AgreementSignatureRecorded(placementId, StudentId, snapshot.CompanyId, "company", DateTimeOffset.UtcNow, ["student", "school"]));

        Assert.True(copy.Apply(snapshot, 1));
        Assert.True(copy.CompanyHasSigned);
        Assert.True(copy.Apply(snapshot with { Status = PlacementStatus.AgreementSigned }, 3));
        Assert.False(copy.Apply(snapshot, 2));
        Assert.Equal(PlacementStatus.AgreementSigned, copy.Status);
        Assert.Empty(copy.MissingSignatures);
    }

    [Fact]
    public void The_rhythm_keeps_the_latest_review_whatever_the_order()
    {
        var rhythm = new GuidanceRhythm { StudentId = StudentId };
        var held = new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var next = Guid.NewGuid();
        rhythm.Apply(new ReviewScheduled(next, StudentId, held.AddDays(50), ["student"], "x"));
        rhythm.Apply(new ReviewHeld(Guid.NewGuid(), StudentId, held, held, new DateOnly(2027, 4, 26)));
        rhythm.Apply(new ReviewHeld(Guid.NewGuid(), StudentId, held.AddDays(-56), held.AddDays(-56), new DateOnly(2027, 3, 1)));

        Assert.Equal((held, new DateOnly(2027, 4, 26), next), (rhythm.LastReviewHeldAt!.Value, rhythm.NextReviewDue!.Value, rhythm.NextReviewId!.Value));
        Assert.Equal(new DateOnly(2027, 4, 20), rhythm.NextReviewOn());

        rhythm.Apply(new ReviewCancelled(next, StudentId, held.AddDays(1)));
        Assert.Equal(new DateOnly(2027, 4, 26), rhythm.NextReviewOn());
    }
}
