using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Assessments;

namespace PartnershipHub.Portal.Progress;

/// <summary>A role's level on a criterion at one date.</summary>
public sealed record DatedLevel(DateOnly Date, string Level);

/// <summary>
/// One criterion of the attitude over time, for the table beside the plan: per role every level in date order
/// (not observed included, so the reader sees it was asked), and the plan goals about this criterion.
/// </summary>
public sealed record TalentScanRow(string Key, string Name, bool Discrepancy, IReadOnlyDictionary<string, IReadOnlyList<DatedLevel>> ByRole, IReadOnlyList<PlanGoal> Goals)
{
    public static IReadOnlyList<TalentScanRow> Build(StudentProgress progress) =>
    [
        .. progress.Criteria.Select(c => new TalentScanRow(
            c.Key,
            c.Name,
            c.Discrepancy,
            c.Growth.GroupBy(g => g.Role).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<DatedLevel>)[.. g.OrderBy(p => p.At).Select(p => new DatedLevel(DateOnly.FromDateTime(p.At.ToLocalTime().DateTime), p.Level))]),
            [.. progress.Goals.Where(goal => goal.CriterionKey == c.Key)])),
    ];

    /// <summary>The roles that assessed any criterion, in the chart's order: the table's columns.</summary>
    public static IReadOnlyList<string> Roles(IReadOnlyList<TalentScanRow> rows) =>
        [.. CriterionChartData.RoleOrder.Where(role => rows.Any(r => r.ByRole.ContainsKey(role)))];

    /// <summary>A goal's criterion in the progress view (null for a needs goal, or a criterion no longer assessed).</summary>
    public static CriterionProgress? CriterionOf(PlanGoal goal, StudentProgress progress) =>
        goal.CriterionKey is { } key ? progress.Criteria.FirstOrDefault(c => c.Key == key) : null;

    /// <summary>The latest level per role on a criterion, rated levels only, in the chart's role order.</summary>
    public static IReadOnlyList<RoleLevel> LatestLevels(CriterionProgress criterion) =>
    [
        .. (criterion.LatestByRole ?? new Dictionary<string, string>())
            .Where(pair => Levels.Score(pair.Value) is not null)
            .OrderBy(pair => CriterionChartData.RoleOrder.ToList().IndexOf(pair.Key) is var i && i >= 0 ? i : int.MaxValue)
            .Select(pair => new RoleLevel(pair.Key, pair.Value)),
    ];
}
