using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Progress;

/// <summary>
/// Most urgent first: red, orange, green; then more open signals; then an overdue review; then the soonest review
/// (none planned last); then by name. Guidance sorts the same way; the portal does not depend on it.
/// </summary>
public static class CaseloadOrder
{
    public static IReadOnlyList<CaseloadLine> Sort(IEnumerable<CaseloadLine> lines) =>
    [
        .. lines.OrderBy(line => Rank(line.TrafficLight))
            .ThenByDescending(line => line.OpenSignals)
            .ThenByDescending(line => line.NextReviewOverdue)
            .ThenBy(line => line.NextReview ?? DateTimeOffset.MaxValue)
            .ThenBy(line => line.Name, StringComparer.CurrentCulture),
    ];

    public static int Rank(string? trafficLight) => trafficLight switch
    {
        "red" => 0,
        "orange" => 1,
        "green" => 2,
        _ => 3,
    };
}
