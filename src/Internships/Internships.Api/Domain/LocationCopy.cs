namespace PartnershipHub.Internships.Domain;

public sealed record LocationCopy(Guid LocationId, string Postcode, string City, double? Latitude, double? Longitude);
