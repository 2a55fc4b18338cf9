namespace PartnershipHub.Internships.Features.Matching;

/// <summary>The weights of the cost terms, per run; the defaults are documented in docs/internships-service.md.</summary>
public sealed record MatchingWeights(
    int TravelPerKm = 1,
    int BeyondMaxPerKm = 20,
    int SectorMismatch = 30,
    int NeedsMismatch = 40,
    int Spreading = 10,
    int UnplacedPenalty = 10_000)
{
    public static MatchingWeights Default { get; } = new();
}
