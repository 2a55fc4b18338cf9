namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>One student's unauthorised hours as the rule reads them: over the threshold's weeks, and the four trend weeks oldest first.</summary>
public sealed record AbsenceTotals(
    Guid StudentId,
    DateOnly? EnrolmentStart,
    decimal Total,
    decimal Week0,
    decimal Week1,
    decimal Week2,
    decimal Week3,
    bool ThresholdOpen,
    bool RisingOpen)
{
    /// <summary>Each of the last three weeks higher than the week before, the last at least <paramref name="minimum"/>.</summary>
    public bool IsRising(decimal minimum) => Week0 < Week1 && Week1 < Week2 && Week2 < Week3 && Week3 >= minimum;
}
