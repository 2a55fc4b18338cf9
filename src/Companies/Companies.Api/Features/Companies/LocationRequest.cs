namespace PartnershipHub.Companies.Features.Companies;

/// <summary>An address; leave latitude and longitude out to have them looked up from the postcode.</summary>
public sealed record LocationRequest(Guid? Id, string? Street, string? Postcode, string? City, double? Latitude, double? Longitude);
