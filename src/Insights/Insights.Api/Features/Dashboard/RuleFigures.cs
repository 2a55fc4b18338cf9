namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>One rule's signals (camelCase rule; rules under the minimum merged into <c>other</c>, shown without figures if still under it).</summary>
public sealed record RuleFigures(string Rule, int? Count, int? Urgent, double? ResolvedShare, double? MedianHoursToFirstResponse, bool Suppressed);
