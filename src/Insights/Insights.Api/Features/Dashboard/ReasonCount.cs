namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>How many ended for one reason (camelCase); <see cref="Count"/> null and <see cref="Suppressed"/> when under the minimum.</summary>
public sealed record ReasonCount(string Reason, int? Count, bool Suppressed);
