using System.Text.Json;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// The dashboard's privacy rules in one place: a section over fewer than <see cref="Minimum"/> students is not shown; a
/// breakdown row (a reason, a rule) under the minimum is merged into one <see cref="Other"/> row, and a row still under
/// it (a merged "other", a month) is shown without its figure.
/// </summary>
public static class Privacy
{
    public const int Minimum = 5;

    public const string Other = "other";

    public static bool Suppressed(int students) => students < Minimum;

    /// <summary>Reasons by count, small ones merged into "other"; a small "other" keeps its place without a figure.</summary>
    public static IReadOnlyList<ReasonCount> Reasons(IEnumerable<(string Reason, int Count)> rows)
    {
        var list = rows.Where(r => r.Count > 0).ToList();
        var shown = list.Where(r => r.Count >= Minimum && r.Reason != Other)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .Select(r => new ReasonCount(r.Reason, r.Count, false))
            .ToList();
        var other = list.Where(r => r.Count < Minimum || r.Reason == Other).Sum(r => r.Count);
        if (other > 0)
        {
            shown.Add(other < Minimum ? new ReasonCount(Other, null, true) : new ReasonCount(Other, other, false));
        }

        return shown;
    }

    /// <summary>Months since the start; a month under the minimum is shown without its count.</summary>
    public static IReadOnlyList<MonthCount> Months(IEnumerable<(int Month, int Count)> rows) =>
        [.. rows.Where(r => r.Count > 0).OrderBy(r => r.Month).Select(r => r.Count < Minimum ? new MonthCount(r.Month, null, true) : new MonthCount(r.Month, r.Count, false))];

    /// <summary>An enum's stored name (<c>PoorFitWithTrade</c>) as the wire writes it (<c>poorFitWithTrade</c>).</summary>
    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    public static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 3);

    public static double? Round(double? value, int decimals) => value is null ? null : Math.Round(value.Value, decimals);
}
