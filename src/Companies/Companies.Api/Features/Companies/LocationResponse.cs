using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Features.Companies;

/// <summary><see cref="CoordinatesMissing"/> flags a location whose postcode area is unknown: matching cannot place it.</summary>
public sealed record LocationResponse(
    Guid Id, string Street, string Postcode, string City, double? Latitude, double? Longitude, CoordinatesSource CoordinatesSource)
{
    public bool CoordinatesMissing => CoordinatesSource == CoordinatesSource.Missing;
}
