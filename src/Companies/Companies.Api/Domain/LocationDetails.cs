using PartnershipHub.Geography;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>A validated address with its coordinates resolved: given ones, else the PC4 area's centre, else flagged missing.</summary>
public sealed record LocationDetails(
    Guid? Id,
    string Street,
    string Postcode,
    string City,
    double? Latitude,
    double? Longitude,
    CoordinatesSource CoordinatesSource)
{
    public static LocationDetails Create(
        Guid? id, string? street, string? postcode, string? city, double? latitude, double? longitude, PostcodeAreas areas, string field)
    {
        // An empty field means the address is the whole input (an import row); else it is the path, e.g. "locations[0]".
        field = field.Length == 0 ? "" : field + ".";
        var validStreet = Text.Required(street, $"{field}street");
        var validCity = Text.Required(city, $"{field}city", 100);
        if (!DutchPostcode.TryParse(postcode, out var parsed))
        {
            throw new FieldValidationException($"{field}postcode", "A Dutch postcode looks like 1234 AB.");
        }

        if (latitude is null != longitude is null)
        {
            throw new FieldValidationException(latitude is null ? $"{field}latitude" : $"{field}longitude", "Give both latitude and longitude, or neither.");
        }

        if (latitude is { } lat && longitude is { } lon)
        {
            if (!double.IsFinite(lat) || lat is < -90 or > 90)
            {
                throw new FieldValidationException($"{field}latitude", "Latitude is between -90 and 90.");
            }

            if (!double.IsFinite(lon) || lon is < -180 or > 180)
            {
                throw new FieldValidationException($"{field}longitude", "Longitude is between -180 and 180.");
            }

            return new LocationDetails(id, validStreet, parsed.ToString(), validCity, lat, lon, CoordinatesSource.Given);
        }

        // An area missing from the table is kept without coordinates and flagged, never put at (0,0).
        return areas.Locate(parsed) is { } centre
            ? new LocationDetails(id, validStreet, parsed.ToString(), validCity, centre.Latitude, centre.Longitude, CoordinatesSource.PostcodeArea)
            : new LocationDetails(id, validStreet, parsed.ToString(), validCity, null, null, CoordinatesSource.Missing);
    }
}
