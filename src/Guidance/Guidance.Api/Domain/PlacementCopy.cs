using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>A placement as Internships last reported it (highest version wins).</summary>
public sealed class PlacementCopy
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Guid CompanyId { get; set; }

    public string CompanyName { get; set; } = "";

    public Guid? TrainerId { get; set; }

    /// <summary>
    /// The teacher a coordinator put on the placement in Internships: a school-made link to the student, like
    /// <c>student_teachers</c>. Every placement event's snapshot carries it, so it follows the copy's version rule.
    /// </summary>
    public Guid? TeacherStaffId { get; set; }

    public string Crebo { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>
    /// The day the student really started (<see cref="PlacementStarted.StartedOn"/>), which may lie weeks after the
    /// planned <see cref="StartDate"/> (the period's start); null before the start.
    /// </summary>
    public DateOnly? StartedOn { get; set; }

    /// <summary>What is expected of the placement (hours to date, a school–company contact) counts from here.</summary>
    public DateOnly MeasuredFrom => StartedOn ?? StartDate;

    public int PlannedHours { get; set; }

    public PlacementStatus Status { get; set; }

    public List<PlacementRisk> Risks { get; set; } = [];

    public DateOnly? EndedOn { get; set; }

    public bool EndedEarly { get; set; }

    public PlacementEndReason? EndReason { get; set; }

    public long Version { get; set; }

    /// <summary>Only once the agreement is signed has anyone at the company had the student to observe.</summary>
    public bool CanBeAssessedIn => Status != PlacementStatus.Proposed;

    /// <summary>
    /// Signed and not ended: the student is at the company now, or about to start. Only such a placement's trainer
    /// raises concerns or reports absence.
    /// </summary>
    public bool IsCurrent => Status is PlacementStatus.AgreementSigned or PlacementStatus.Active;

    /// <summary>Takes the snapshot when it is newer than the copy; false when it was not (a late or repeated event).</summary>
    public bool Apply(PlacementSnapshot snapshot, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        StudentId = snapshot.StudentId;
        CompanyId = snapshot.CompanyId;
        CompanyName = snapshot.CompanyName;
        TrainerId = snapshot.TrainerId;
        TeacherStaffId = snapshot.TeacherStaffId;
        Crebo = snapshot.Crebo;
        StartDate = snapshot.StartDate;
        EndDate = snapshot.EndDate;
        PlannedHours = snapshot.PlannedHours;
        // Events written before snapshots carried the start keep the one the copy has.
        StartedOn = snapshot.StartedOn ?? StartedOn;
        Status = snapshot.Status;
        Risks = [.. snapshot.Risks];
        Version = version;
        return true;
    }

    /// <summary>The snapshot and the day the student really started, when newer than the copy.</summary>
    public bool Apply(PlacementStarted e)
    {
        if (!Apply(e.Placement, e.Version))
        {
            return false;
        }

        StartedOn = e.StartedOn;
        return true;
    }

    /// <summary>The snapshot and how the placement ended, when newer than the copy.</summary>
    public bool Apply(PlacementEnded e)
    {
        if (!Apply(e.Placement, e.Version))
        {
            return false;
        }

        EndedOn = e.EndedOn;
        EndedEarly = e.EndedEarly;
        EndReason = e.Reason;
        return true;
    }
}
