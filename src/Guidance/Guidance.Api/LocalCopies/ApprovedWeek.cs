namespace PartnershipHub.Guidance.LocalCopies;

/// <summary>One week's approved hours of a placement, keyed on (placement, week): the last approval of a week stands.</summary>
public sealed class ApprovedWeek
{
    public Guid PlacementId { get; set; }

    public DateOnly WeekStart { get; set; }

    public Guid StudentId { get; set; }

    public decimal Hours { get; set; }

    public int PlannedHours { get; set; }
}
