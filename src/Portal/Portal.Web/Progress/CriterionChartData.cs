using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Assessments;

namespace PartnershipHub.Portal.Progress;

/// <summary>
/// One criterion's growth as chart data: the x axis is every date any role assessed it, one series per assessor role,
/// y = level 1–4. A role has no value (NaN, a gap) before its first assessment and keeps its last level until its
/// next one, because a level holds until someone observes otherwise. "Not observed" adds no point.
/// </summary>
public sealed record CriterionChartData(string Key, string Name, bool Discrepancy, IReadOnlyList<DateOnly> Dates, IReadOnlyList<CriterionSeries> Series)
{
    /// <summary>The order the legend shows roles in: the workplace first, then school, then the student.</summary>
    public static readonly IReadOnlyList<string> RoleOrder = ["trainer", "teacher", "mentor", "peer", "self"];

    public static CriterionChartData Build(CriterionProgress criterion)
    {
        var points = criterion.Growth
            .Where(point => Levels.Score(point.Level) is not null)
            .Select(point => (Date: DateOnly.FromDateTime(point.At.UtcDateTime), point.Role, Score: Levels.Score(point.Level)!.Value, point.At))
            .ToList();
        var dates = points.Select(p => p.Date).Distinct().Order().ToList();
        var roles = points.Select(p => p.Role).Distinct()
            .OrderBy(role => RoleOrder.ToList().IndexOf(role) is var index && index < 0 ? int.MaxValue : index)
            .ThenBy(role => role, StringComparer.Ordinal);

        var series = roles.Select(role =>
        {
            // The latest assessment of the day counts when a role assessed twice on one date.
            var byDate = points.Where(p => p.Role == role).GroupBy(p => p.Date)
                .ToDictionary(g => g.Key, g => g.OrderBy(p => p.At).Last().Score);
            var values = new double[dates.Count];
            double last = double.NaN;
            for (var i = 0; i < dates.Count; i++)
            {
                if (byDate.TryGetValue(dates[i], out var score))
                {
                    last = score;
                }

                values[i] = last;
            }

            return new CriterionSeries(role, values, byDate.Count);
        }).ToList();

        return new CriterionChartData(criterion.Key, criterion.Name, criterion.Discrepancy, dates, series);
    }
}

/// <summary>One assessor role's line: a level 1–4 per date of the chart (NaN before the role's first assessment).</summary>
public sealed record CriterionSeries(string Role, double[] Values, int Assessments);
