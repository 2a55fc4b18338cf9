namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// One reason behind a proposal's cost, as a code with its numbers, for a client to word in the user's language:
/// <c>travel</c> (km), <c>beyondMax</c> (km further than the student's max, maxKm), <c>sector</c>, <c>needs</c>,
/// <c>spreading</c> (count: other students this company already receives in the run).
/// </summary>
public sealed record ProposalReason(string Code, int? Km = null, int? MaxKm = null, int? Count = null)
{
    /// <summary>The reasons behind the stored cost terms, worked back through the run's weights.</summary>
    public static IReadOnlyList<ProposalReason> From(IReadOnlyList<CostTerm> terms, double? distanceKm, MatchingWeights weights)
    {
        var cost = terms.ToDictionary(t => t.Term, t => t.Cost);
        var reasons = new List<ProposalReason>();
        var km = distanceKm is { } d ? (int)Math.Round(d) : (int?)null;
        if (km is not null)
        {
            reasons.Add(new ProposalReason("travel", Km: km));
        }

        if (cost.GetValueOrDefault("beyondMax") is > 0 and var beyond && weights.BeyondMaxPerKm > 0)
        {
            var further = (int)(beyond / weights.BeyondMaxPerKm);
            reasons.Add(new ProposalReason("beyondMax", Km: further, MaxKm: km is { } k ? k - further : null));
        }

        if (cost.GetValueOrDefault("sector") > 0)
        {
            reasons.Add(new ProposalReason("sector"));
        }

        if (cost.GetValueOrDefault("needs") > 0)
        {
            reasons.Add(new ProposalReason("needs"));
        }

        if (cost.GetValueOrDefault("spreading") is > 0 and var spreading && weights.Spreading > 0)
        {
            reasons.Add(new ProposalReason("spreading", Count: (int)(spreading / weights.Spreading)));
        }

        return reasons;
    }
}
