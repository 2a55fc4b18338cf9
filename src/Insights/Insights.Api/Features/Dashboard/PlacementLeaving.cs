namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>Placements started in the range; those that ended early by month after the start and by <c>PlacementEndReason</c>.</summary>
public sealed record PlacementLeaving(int Started, int EndedEarly, IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<ReasonCount> ByReason);
