using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// Whether a student's plan follows up their progression wish, from Guidance's <see cref="PlanUpdated"/>: the newest plan
/// version says whether it has a <c>futureWishes</c> goal and the most advanced one's status; the earliest plan seen with
/// such a goal, in whatever order the versions arrive, says when it was first set.
/// </summary>
public static class ProgressionFollowUpRules
{
    public const string FutureWishesArea = "futureWishes";

    /// <summary>Most advanced first: a met goal says more than an adjusted one, an open one more than a dropped one.</summary>
    private static readonly string[] StatusesByProgress = ["met", "adjusted", "open", "dropped"];

    /// <summary>False for a plan event without goals (an older publisher): it says nothing about the follow-up.</summary>
    public static bool Apply(this ProgressionFollowUp followUp, PlanUpdated e)
    {
        if (e.Goals is null)
        {
            return false;
        }

        var wishes = e.Goals.Where(g => string.Equals(g.Area, FutureWishesArea, StringComparison.OrdinalIgnoreCase)).ToList();
        if (wishes.Count > 0 && (followUp.FirstSetAt is null || e.UpdatedAt < followUp.FirstSetAt))
        {
            followUp.FirstSetAt = e.UpdatedAt;
        }

        if (e.Version > followUp.PlanVersion)
        {
            followUp.HasGoal = wishes.Count > 0;
            followUp.GoalStatus = MostAdvanced(wishes.Select(g => g.Status));
            followUp.PlanVersion = e.Version;
        }

        return true;
    }

    private static string? MostAdvanced(IEnumerable<string> statuses)
    {
        var known = statuses
            .Select(s => Array.FindIndex(StatusesByProgress, k => string.Equals(k, s, StringComparison.OrdinalIgnoreCase)))
            .Where(i => i >= 0)
            .ToList();
        return known.Count == 0 ? null : StatusesByProgress[known.Min()];
    }
}
