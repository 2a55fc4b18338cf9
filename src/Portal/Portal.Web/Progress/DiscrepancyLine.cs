using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Assessments;

namespace PartnershipHub.Portal.Progress;

/// <summary>A role's latest level on a criterion.</summary>
public sealed record RoleLevel(string Role, string Level);

/// <summary>
/// One line per criterion where assessors disagree: who sees it highest, who lowest, and how many levels apart.
/// Guidance lists every pair of roles that differ (so two criteria with four disagreeing roles were eight lines);
/// the mentor needs to know where the gap is, once.
/// </summary>
public sealed record DiscrepancyLine(string CriterionKey, IReadOnlyList<RoleLevel> Highest, IReadOnlyList<RoleLevel> Lowest, int Gap)
{
    public static IReadOnlyList<DiscrepancyLine> From(IEnumerable<Discrepancy> pairs)
    {
        var lines = new List<DiscrepancyLine>();
        foreach (var criterion in pairs.GroupBy(d => d.CriterionKey))
        {
            // Each role once, with the level Guidance compared (a role's latest level is the same in every pair).
            var levels = criterion.SelectMany(d => new[] { new RoleLevel(d.RoleA, d.LevelA), new RoleLevel(d.RoleB, d.LevelB) })
                .Where(r => Levels.Score(r.Level) is not null)
                .DistinctBy(r => r.Role)
                .OrderBy(r => RoleIndex(r.Role))
                .ToList();
            if (levels.Count < 2)
            {
                continue;
            }

            var high = levels.Max(r => Levels.Score(r.Level)!.Value);
            var low = levels.Min(r => Levels.Score(r.Level)!.Value);
            if (high == low)
            {
                continue;
            }

            lines.Add(new DiscrepancyLine(
                criterion.Key,
                [.. levels.Where(r => Levels.Score(r.Level) == high)],
                [.. levels.Where(r => Levels.Score(r.Level) == low)],
                high - low));
        }

        return lines;
    }

    private static int RoleIndex(string role) =>
        CriterionChartData.RoleOrder.ToList().IndexOf(role) is var index && index >= 0 ? index : int.MaxValue;
}
