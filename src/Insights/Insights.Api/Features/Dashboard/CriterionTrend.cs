namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>One criterion's (stable key) average levels, one point per quarter.</summary>
public sealed record CriterionTrend(string CriterionKey, IReadOnlyList<QuarterPoint> Points);
