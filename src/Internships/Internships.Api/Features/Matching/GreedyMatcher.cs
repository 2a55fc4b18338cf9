namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// The baseline the solver is measured against: students in turn take their nearest candidate that still has a
/// free place. Same candidates, same hard rules, judged by the same <see cref="MatchingModel.TotalCost"/>.
/// </summary>
public static class GreedyMatcher
{
    public static int[] Assign(MatchingModel model)
    {
        var left = model.Groups.Select(g => g.FreePlaces).ToArray();
        var assignment = new int[model.Students.Count];
        for (var s = 0; s < assignment.Length; s++)
        {
            assignment[s] = -1;
            var candidates = model.Candidates[s];
            var best = -1;
            for (var c = 0; c < candidates.Length; c++)
            {
                if (left[candidates[c].Group] > 0 && (best < 0 || candidates[c].DistanceKm < candidates[best].DistanceKm))
                {
                    best = c;
                }
            }

            if (best >= 0)
            {
                assignment[s] = best;
                left[candidates[best].Group]--;
            }
        }

        return assignment;
    }
}
