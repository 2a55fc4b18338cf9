using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.LocalCopies;

/// <summary>
/// What Guidance knows of a student, from Students' events. Students numbers its events with one version per
/// student, but each event carries only part of the record, so each part keeps the version it was last set from:
/// a late StudentEnrolled can still fill in the name after a newer MentorAssigned, and never overwrites a newer mentor.
/// </summary>
public sealed class StudentCopy
{
    public Guid Id { get; set; }

    public string? StudentNumber { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Cohort { get; set; }

    public StudentStatus Status { get; set; } = StudentStatus.Active;

    public Guid? EnrolmentId { get; set; }

    public string? Crebo { get; set; }

    public string? QualificationName { get; set; }

    public int? Level { get; set; }

    public LearningRoute? Route { get; set; }

    public DateOnly? EnrolmentStart { get; set; }

    public DateOnly? ExpectedEnd { get; set; }

    public Guid? MentorStaffId { get; set; }

    public DateOnly? IntakeDate { get; set; }

    public NeedsSummary? Needs { get; set; }

    public ProgressionWish? ProgressionWish { get; set; }

    public long RecordVersion { get; set; }

    public long EnrolmentVersion { get; set; }

    public long MentorVersion { get; set; }

    public long IntakeVersion { get; set; }

    public long StatusVersion { get; set; }

    /// <summary>Set when Students erased the student: personal data is gone and later events are ignored.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public string DisplayName => ErasedAt is null ? $"{FirstName} {LastName}".Trim() : "(erased)";
}
