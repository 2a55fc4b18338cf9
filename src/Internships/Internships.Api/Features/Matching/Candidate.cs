namespace PartnershipHub.Internships.Features.Matching;

/// <summary>A company (slot group: company and crebo) a student may be placed at, through its nearest location.</summary>
public readonly record struct Candidate(int Group, Guid LocationId, double DistanceKm, CostTerms Terms);
