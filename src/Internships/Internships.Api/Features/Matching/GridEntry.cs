namespace PartnershipHub.Internships.Features.Matching;

/// <summary>One company location in the candidate grid, for one slot group.</summary>
internal readonly record struct GridEntry(double Latitude, double Longitude, int Group, MatchLocation Location);
