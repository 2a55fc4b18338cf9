namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The common filters as they arrive (strings, so a malformed one is a 400 naming it; <see cref="DashboardFilter"/> parses them).</summary>
public sealed record DashboardQuery(string? Crebo, string? Cohort, string? PeriodId, string? From, string? To);
