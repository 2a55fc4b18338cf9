using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Features.Companies;

public sealed record CompanyResponse(
    Guid Id,
    string Name,
    string KvkNumber,
    string? SbbId,
    string? Sector,
    bool Active,
    ContactRequest Contact,
    CooperationRequest Cooperation,
    IReadOnlyList<LocationResponse> Locations,
    long Version)
{
    public static CompanyResponse From(Company company) => new(
        company.Id,
        company.Name,
        company.KvkNumber,
        company.SbbId,
        company.Sector,
        company.Active,
        new ContactRequest(company.Contact.Name, company.Contact.Email, company.Contact.Phone),
        new CooperationRequest(company.Cooperation.ContactFrequency, company.Cooperation.WhoToCall, company.Cooperation.Notes, [.. company.Cooperation.Offers]),
        company.Locations
            .OrderBy(l => l.Position)
            .Select(l => new LocationResponse(l.Id, l.Street, l.Postcode, l.City, l.Latitude, l.Longitude, l.CoordinatesSource))
            .ToList(),
        company.Version);
}
