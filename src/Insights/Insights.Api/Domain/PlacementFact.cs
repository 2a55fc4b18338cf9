using PartnershipHub.Contracts;

namespace PartnershipHub.Insights.Domain;

/// <summary>
/// A placement as Internships last announced it (highest <see cref="Version"/> wins), with how it ended:
/// <see cref="EndedOn"/>, <see cref="EndedEarly"/> and the <see cref="EndReason"/>. <see cref="Crebo"/> is the
/// placement's qualification (the programme it counts for).
/// </summary>
public sealed class PlacementFact
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Guid CompanyId { get; set; }

    public Guid? TrainerId { get; set; }

    public string Crebo { get; set; } = "";

    public LearningRoute Route { get; set; }

    public Guid PeriodId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The day the student really started (null: not started).</summary>
    public DateOnly? StartedOn { get; set; }

    public PlacementStatus Status { get; set; }

    public DateOnly? EndedOn { get; set; }

    public bool EndedEarly { get; set; }

    public PlacementEndReason? EndReason { get; set; }

    public string? EndedByRole { get; set; }

    public long Version { get; set; }
}
