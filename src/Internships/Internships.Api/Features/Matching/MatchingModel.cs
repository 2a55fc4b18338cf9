namespace PartnershipHub.Internships.Features.Matching;

/// <summary>The students, the companies, the slot groups and each student's candidates (hard rules already applied).</summary>
public sealed class MatchingModel(
    IReadOnlyList<MatchStudent> students,
    IReadOnlyList<MatchCompany> companies,
    IReadOnlyList<SlotGroup> groups,
    Candidate[][] candidates,
    MatchingWeights weights)
{
    public IReadOnlyList<MatchStudent> Students => students;

    public IReadOnlyList<MatchCompany> Companies => companies;

    public IReadOnlyList<SlotGroup> Groups => groups;

    /// <summary>Per student, the candidates sorted by cost (cheapest first).</summary>
    public Candidate[][] Candidates => candidates;

    public MatchingWeights Weights => weights;

    public int CandidateCount => candidates.Sum(c => c.Length);

    /// <summary>
    /// The total cost of an assignment (per student a candidate index, or -1 for unplaced): the pair costs, the
    /// spreading cost 0 + s + 2s + … per slot group, and the penalty per unplaced student. The solver and the greedy
    /// baseline are both judged by this one function.
    /// </summary>
    public long TotalCost(int[] assignment)
    {
        long total = 0;
        var taken = new int[groups.Count];
        for (var s = 0; s < assignment.Length; s++)
        {
            if (assignment[s] < 0)
            {
                total += weights.UnplacedPenalty;
                continue;
            }

            var candidate = candidates[s][assignment[s]];
            total += candidate.Terms.Total + ((long)weights.Spreading * taken[candidate.Group]);
            taken[candidate.Group]++;
        }

        return total;
    }
}
