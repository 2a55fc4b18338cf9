using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Weights left out keep their default.</summary>
public sealed record WeightsRequest(int? TravelPerKm, int? BeyondMaxPerKm, int? SectorMismatch, int? NeedsMismatch, int? Spreading, int? UnplacedPenalty);
