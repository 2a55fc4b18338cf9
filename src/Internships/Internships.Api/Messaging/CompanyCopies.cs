using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

internal static class CompanyCopies
{
    public static async Task ApplyCompanyAsync(
        this InternshipsDbContext db,
        Guid companyId,
        string name,
        string? sector,
        bool active,
        IReadOnlyList<CompanyLocation> locations,
        IReadOnlyList<string> offers,
        long version,
        CancellationToken cancellationToken)
    {
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null)
        {
            company = new CompanyCopy { Id = companyId };
            db.Companies.Add(company);
        }
        else if (version <= company.Version)
        {
            return;
        }

        company.Name = name;
        company.Sector = sector;
        company.Active = active;
        company.Offers = [.. offers];
        company.Locations = [.. locations.Select(l => new LocationCopy(l.LocationId, l.Postcode, l.City, l.Latitude, l.Longitude))];
        company.Version = version;
    }
}
