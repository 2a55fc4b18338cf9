using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Progress;

/// <summary>
/// What one author saw on one criterion in their latest submitted assessment: the level and their own words
/// (the trainer's "Wat zag je?"). Corrected originals and drafts do not count, as in the progress view.
/// </summary>
public sealed record CriterionObservation(string CriterionKey, string Role, string? AssessorName, string Level, string? Observation, DateTimeOffset SubmittedAt)
{
    /// <summary>Per criterion key, one line per role (its latest assessment, optionally only those after <paramref name="since"/>), in the chart's role order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<CriterionObservation>> Latest(IEnumerable<Assessment> assessments, DateTimeOffset? since = null)
    {
        var latestPerRole = assessments
            .Where(a => a.Status == "submitted" && a.SupersededById is null && a.SubmittedAt is not null && (since is null || a.SubmittedAt > since))
            .GroupBy(a => a.Role)
            .Select(g => g.OrderBy(a => a.SubmittedAt).Last())
            .OrderBy(a => RoleIndex(a.Role));
        return latestPerRole
            .SelectMany(a => a.Ratings.Select(r => new CriterionObservation(
                r.CriterionKey, a.Role, a.AssessorName, r.Level, string.IsNullOrWhiteSpace(r.Observation) ? null : r.Observation.Trim(), a.SubmittedAt!.Value)))
            .GroupBy(o => o.CriterionKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CriterionObservation>)[.. g]);
    }

    private static int RoleIndex(string role) =>
        CriterionChartData.RoleOrder.ToList().IndexOf(role) is var index && index >= 0 ? index : int.MaxValue;
}
