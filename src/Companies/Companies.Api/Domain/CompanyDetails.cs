using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>Everything a coordinator states about a company at once (register, update, import), already validated.</summary>
public sealed record CompanyDetails(
    string Name,
    string KvkNumber,
    string? SbbId,
    string? Sector,
    bool Active,
    ContactPerson Contact,
    CooperationAgreement Cooperation,
    IReadOnlyList<LocationDetails> Locations)
{
    public static CompanyDetails Create(
        string? name,
        string? kvkNumber,
        string? sbbId,
        string? sector,
        bool active,
        ContactPerson contact,
        CooperationAgreement cooperation,
        IReadOnlyList<LocationDetails> locations)
    {
        if (locations.Count == 0)
        {
            throw new FieldValidationException("locations", "A company has at least one location.");
        }

        return new CompanyDetails(
            Text.Required(name, "name"),
            Domain.KvkNumber.Parse(kvkNumber),
            Text.Optional(sbbId, "sbbId", 20),
            Text.Optional(sector, "sector", 100),
            active,
            contact,
            cooperation,
            locations);
    }
}
