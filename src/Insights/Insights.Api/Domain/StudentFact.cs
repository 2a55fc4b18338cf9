using PartnershipHub.Contracts;

namespace PartnershipHub.Insights.Domain;

/// <summary>
/// What the dashboard needs of a student, from Students' events: the programme (crebo, level, team), cohort, status
/// and how they left, the intake's progression wish, and the mentor (who may read the programme's dashboard). No name,
/// no number, no e-mail: Insights shows aggregates only. Each part keeps the version it was last set at (Students numbers
/// a student's events in one sequence), so a late event never overwrites a newer one. <see cref="FirstLevel"/> is the
/// level of the first enrolment seen, so a move up (level 2 → 3) shows as progression.
/// </summary>
public sealed class StudentFact
{
    public Guid Id { get; set; }

    public string Crebo { get; set; } = "";

    public string QualificationName { get; set; } = "";

    public int Level { get; set; }

    public int FirstLevel { get; set; }

    public LearningRoute Route { get; set; }

    public string? Team { get; set; }

    public string Cohort { get; set; } = "";

    public DateOnly EnrolmentStart { get; set; }

    public DateOnly ExpectedEnd { get; set; }

    public StudentStatus Status { get; set; }

    /// <summary>The day the status took effect when the student left early or graduated.</summary>
    public DateOnly? LeftOn { get; set; }

    public LeavingReason? LeavingReason { get; set; }

    public ProgressionWish? ProgressionWish { get; set; }

    public DateOnly? IntakeDate { get; set; }

    public Guid? MentorStaffId { get; set; }

    /// <summary>The highest version applied to any part.</summary>
    public long Version { get; set; }

    public long RecordVersion { get; set; }

    public long EnrolmentVersion { get; set; }

    public long MentorVersion { get; set; }

    public long StatusVersion { get; set; }

    public long IntakeVersion { get; set; }
}
