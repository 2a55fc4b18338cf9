using PartnershipHub.Companies.Domain;
using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Tests.Domain;

internal static class DomainBuilders
{
    public static LocationDetails Location(string postcode = "3511 AB", string street = "Oudegracht 1") =>
        LocationDetails.Create(null, street, postcode, "Utrecht", null, null, PostcodeAreas.Netherlands, "locations[0]");

    public static CompanyDetails Details(string kvk = "12345678", string name = "Bakkerij", params LocationDetails[] locations) =>
        CompanyDetails.Create(
            name, kvk, null, "Retail", true,
            new ContactPerson("Els", null, null),
            CooperationAgreement.Create("weekly", null, null, [Offers.CloseSupervision], "cooperation"),
            locations.Length == 0 ? [Location()] : locations);

    public static Company Company() => PartnershipHub.Companies.Domain.Company.Register(Guid.NewGuid(), Details());

    public static Period Period(string name = "BPV 1") => PartnershipHub.Companies.Domain.Period.Create(name, new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31));
}
