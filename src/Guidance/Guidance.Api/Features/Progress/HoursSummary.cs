namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>Approved hours of the current placement against its plan (pro rata to today, and in total).</summary>
public sealed record HoursSummary(Guid PlacementId, decimal Approved, decimal PlannedToDate, int PlannedTotal, decimal? PercentOfPlanToDate, int WeeksApproved);
