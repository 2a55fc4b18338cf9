using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Runs and proposals as the API answers them: the stored explanation decoded, the student number and the reasons added.</summary>
public static class RunResponses
{
    public static async Task<RunResponse> ResponseAsync(
        InternshipsDbContext db, MatchingRun run, bool withProposals, CancellationToken cancellationToken, bool placedToo = true)
    {
        if (!withProposals)
        {
            return Summary(run, null, null);
        }

        var query = db.Proposals.AsNoTracking().Where(p => p.RunId == run.Id);
        if (!placedToo)
        {
            query = query.Where(p => p.CompanyId == null);
        }

        var proposals = await query.OrderBy(p => p.StudentName).ThenBy(p => p.StudentId).ToListAsync(cancellationToken);
        var numbers = await NumbersAsync(db, proposals, cancellationToken);
        var weights = Weights(run);
        return Summary(
            run,
            placedToo ? [.. proposals.Where(p => p.CompanyId is not null).Select(p => ToResponse(p, numbers, weights))] : null,
            [.. proposals.Where(p => p.CompanyId is null).Select(p =>
            {
                var explanation = Read(p.Explanation);
                return new UnplacedResponse(
                    p.StudentId, p.StudentName, explanation.Reason ?? "", explanation.Excluded, p.Status, p.PlacementId, numbers.GetValueOrDefault(p.StudentId, ""));
            })]);
    }

    public static RunResponse Summary(MatchingRun r, IReadOnlyList<ProposalResponse>? proposals, IReadOnlyList<UnplacedResponse>? unplaced) => new(
        r.Id, r.PeriodId, r.PeriodName, r.CreatedAt, r.CreatedBy, r.Status, Weights(r),
        r.StudentCount, r.PlacedCount, r.StudentCount - r.PlacedCount, r.TotalCost, r.GreedyCost, r.GreedyPlacedCount,
        new RunTimings(r.BuildMs, r.SolveMs, r.StoreMs, r.TotalMs), proposals, unplaced);

    public static MatchingWeights Weights(MatchingRun run) =>
        JsonSerializer.Deserialize<MatchingWeights>(run.Weights, StoredJson.Options) ?? MatchingWeights.Default;

    /// <summary>The student numbers of the proposals' students (from the student copies; empty when not known).</summary>
    public static async Task<Dictionary<Guid, string>> NumbersAsync(InternshipsDbContext db, IReadOnlyCollection<MatchingProposal> proposals, CancellationToken cancellationToken)
    {
        var ids = proposals.Select(p => p.StudentId).Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.StudentNumber, cancellationToken);
    }

    public static ProposalResponse ToResponse(MatchingProposal p, IReadOnlyDictionary<Guid, string> numbers, MatchingWeights weights)
    {
        var explanation = Read(p.Explanation);
        return new ProposalResponse(p.RunId, p.StudentId, p.StudentName, p.CompanyId, p.CompanyName, p.LocationId, p.DistanceKm, p.Cost,
            explanation.Terms, explanation.Alternatives, p.Status, p.DecisionReason, p.PlacementId,
            numbers.GetValueOrDefault(p.StudentId, ""), ProposalReason.From(explanation.Terms, p.DistanceKm, weights));
    }

    private static ProposalExplanation Read(byte[] stored) => ExplanationCodec.Decode(stored);
}
