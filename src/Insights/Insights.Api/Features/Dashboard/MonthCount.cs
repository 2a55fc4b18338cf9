namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>How many ended in a month since the start (0 = the first month); null and <see cref="Suppressed"/> under the minimum.</summary>
public sealed record MonthCount(int Month, int? Count, bool Suppressed);
