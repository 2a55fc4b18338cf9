using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record Alternative(Guid CompanyId, string CompanyName, double DistanceKm, long Cost);
