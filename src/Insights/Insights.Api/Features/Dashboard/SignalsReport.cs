namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// <c>GET /api/insights/signals</c>: early-warning signals raised in the range, the share resolved and the median hours
/// to the first response (acknowledged, or resolved without that), in total and by rule. Suppressed under
/// <see cref="Privacy.Minimum"/> students.
/// </summary>
public sealed record SignalsReport(
    bool Suppressed,
    int Minimum,
    int? Students,
    int? Total,
    double? ResolvedShare,
    double? MedianHoursToFirstResponse,
    IReadOnlyList<RuleFigures> ByRule);
