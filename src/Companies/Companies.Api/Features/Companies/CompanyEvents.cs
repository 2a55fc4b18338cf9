using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;

namespace PartnershipHub.Companies.Features.Companies;

/// <summary>
/// Turns a company's registration and changes into integration events on the outbox. Each event about a company (here
/// and in the other features' event builders) takes the company's next version, so versions grow per company across
/// all event types.
/// </summary>
public static class CompanyEvents
{
    public static void CompanyRegistered(this CompaniesDbContext db, Company company) => db.EnqueueEvent(Registered(company));

    public static void CompanyUpdated(this CompaniesDbContext db, Company company) => db.EnqueueEvent(Updated(company));

    /// <summary>The event without enqueueing it, for the import, which writes a batch's events to the outbox by COPY.</summary>
    public static CompanyRegistered Registered(Company company)
    {
        var version = company.NextVersion();
        return new CompanyRegistered(
            company.Id, company.Name, company.KvkNumber, company.Sector, company.Active, Locations(company), company.Cooperation.Offers, version);
    }

    /// <inheritdoc cref="Registered"/>
    public static CompanyUpdated Updated(Company company)
    {
        var version = company.NextVersion();
        return new CompanyUpdated(
            company.Id, company.Name, company.KvkNumber, company.Sector, company.Active, Locations(company), company.Cooperation.Offers, version);
    }

    private static List<Contracts.CompanyLocation> Locations(Company company) =>
        company.Locations
            .OrderBy(l => l.Position)
            .Select(l => new Contracts.CompanyLocation(l.Id, l.Street, l.Postcode, l.City, l.Latitude, l.Longitude))
            .ToList();
}
