using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record CostTerm(string Term, long Cost);
