using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>One week's approved hours of a placement, keyed on (placement, week): the latest approval of a week stands, whatever the delivery order.</summary>
public sealed class ApprovedWeek
{
    public Guid PlacementId { get; set; }

    public DateOnly WeekStart { get; set; }

    public Guid StudentId { get; set; }

    public decimal Hours { get; set; }

    public int PlannedHours { get; set; }

    /// <summary>When the approval applied here happened; a re-approval of the week wins only if it is later.</summary>
    public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>Takes an approval unless a later one of the week was applied; false when it was older.</summary>
    public bool Approve(HoursApproved e)
    {
        if (e.OccurredAt < ApprovedAt)
        {
            return false;
        }

        Hours = e.Hours;
        PlannedHours = e.PlannedHours;
        ApprovedAt = e.OccurredAt;
        return true;
    }
}
