using System.Text.Json;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>The triangulation arithmetic of the progress view, free of the database so it is unit-tested on its own.</summary>
public static class ProgressCalculator
{
    public static string RoleName(AssessorRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    /// <param name="assessments">Submitted, not superseded, oldest first.</param>
    public static (List<LatestAssessment> Latest, List<CriterionProgress> Criteria, List<Discrepancy> Discrepancies) Calculate(
        IReadOnlyList<Assessment> assessments, IReadOnlyList<AttitudeFramework> frameworks)
    {
        var latest = assessments
            .GroupBy(a => a.Role)
            .Select(g => g.Last())
            .OrderBy(a => a.Role)
            .Select(a => new LatestAssessment(a.Role, a.Id, a.SubmittedAt!.Value, a.PlacementId is null ? "school" : "placement", a.PlacementId, a.Kind, a.FrameworkVersion,
                a.Ratings.ToDictionary(r => r.CriterionKey, r => r.Level), a.SupersedesId))
            .ToList();

        // Names from the newest framework version that has the key; keys only seen in old versions keep their old name.
        var names = frameworks.OrderBy(f => f.Version).SelectMany(f => f.Criteria).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last().Name);
        var order = frameworks.OrderByDescending(f => f.Version).SelectMany(f => f.Criteria.Select(c => c.Key)).Distinct().ToList();
        var keys = assessments.SelectMany(a => a.Ratings.Select(r => r.CriterionKey)).Distinct()
            .OrderBy(k => order.IndexOf(k) is var i && i >= 0 ? i : int.MaxValue).ThenBy(k => k, StringComparer.Ordinal).ToList();

        var discrepancies = new List<Discrepancy>();
        var criteria = new List<CriterionProgress>(keys.Count);
        foreach (var key in keys)
        {
            var byRole = new Dictionary<AssessorRole, AttitudeLevel>();
            foreach (var assessment in latest)
            {
                if (assessment.Levels.TryGetValue(key, out var level) && level != AttitudeLevel.NotObserved)
                {
                    byRole[assessment.Role] = level;
                }
            }

            var found = false;
            var roles = byRole.Keys.Order().ToList();
            for (var i = 0; i < roles.Count; i++)
            {
                for (var j = i + 1; j < roles.Count; j++)
                {
                    if (Math.Abs((int)byRole[roles[i]] - (int)byRole[roles[j]]) >= 2)
                    {
                        discrepancies.Add(new Discrepancy(key, roles[i], byRole[roles[i]], roles[j], byRole[roles[j]]));
                        found = true;
                    }
                }
            }

            var growth = assessments
                .SelectMany(a => a.Ratings.Where(r => r.CriterionKey == key && r.Level != AttitudeLevel.NotObserved).Select(r => new GrowthPoint(a.SubmittedAt!.Value, a.Role, r.Level, a.Id)))
                .ToList();
            criteria.Add(new CriterionProgress(key, names.GetValueOrDefault(key, key), byRole.ToDictionary(p => RoleName(p.Key), p => p.Value), found, growth));
        }

        return (latest, criteria, discrepancies);
    }
}
