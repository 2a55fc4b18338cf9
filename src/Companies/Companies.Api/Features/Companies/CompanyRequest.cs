using PartnershipHub.Companies.Domain;
using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Features.Companies;

public sealed record CompanyRequest(
    string? Name,
    string? KvkNumber,
    string? SbbId,
    string? Sector,
    bool? Active,
    ContactRequest? Contact,
    CooperationRequest? Cooperation,
    IReadOnlyList<LocationRequest?>? Locations)
{
    public CompanyDetails ToDetails(PostcodeAreas areas)
    {
        var locations = (Locations ?? [])
            .Select((l, i) => LocationDetails.Create(l?.Id, l?.Street, l?.Postcode, l?.City, l?.Latitude, l?.Longitude, areas, $"locations[{i}]"))
            .ToList();
        return CompanyDetails.Create(
            Name,
            KvkNumber,
            SbbId,
            Sector,
            Active ?? true,
            ContactPerson.Create(Contact?.Name, Contact?.Email, Contact?.Phone, "contact"),
            CooperationAgreement.Create(Cooperation?.ContactFrequency, Cooperation?.WhoToCall, Cooperation?.Notes, Cooperation?.Offers, "cooperation"),
            locations);
    }
}
