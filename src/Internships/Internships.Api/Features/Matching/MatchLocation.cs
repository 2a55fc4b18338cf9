namespace PartnershipHub.Internships.Features.Matching;

public sealed record MatchLocation(Guid Id, double? Latitude, double? Longitude);
