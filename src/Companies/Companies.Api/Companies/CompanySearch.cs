using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Geography;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Companies;

/// <summary>
/// The company list. A <c>near</c> search never loads companies into memory: the database narrows locations with a
/// bounding box on the indexed coordinates, computes the exact great-circle distance for those few, and sorts by it.
/// </summary>
public static class CompanySearch
{
    public const double DefaultRadiusKm = 25;
    public const double MaxRadiusKm = 300;
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    private const double EarthRadiusKm = 6371.0088;
    private const double KmPerDegreeLatitude = Math.PI * EarthRadiusKm / 180;
    private const double Radians = Math.PI / 180;

    public static async Task<Page<CompanySummary>> SearchAsync(
        CompaniesDbContext db, CompanyListQuery query, PostcodeAreas areas, DateOnly today, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (page < 1)
        {
            throw new FieldValidationException("page", "Pages are numbered from 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new FieldValidationException("pageSize", $"A page holds 1 to {MaxPageSize} companies.");
        }

        var companies = Filter(db.Companies.AsNoTracking(), query, today);
        if (query.Near is null)
        {
            if (query.RadiusKm is not null)
            {
                throw new FieldValidationException("radiusKm", "A radius needs a postcode in 'near'.");
            }

            var total = await companies.CountAsync(cancellationToken);
            var items = await companies
                .OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(c => new CompanySummary(
                    c.Id, c.Name, c.KvkNumber, c.Sector, c.Active,
                    c.Locations.OrderBy(l => l.Position).Select(l => l.City).FirstOrDefault(),
                    c.Locations.OrderBy(l => l.Position).Select(l => l.Postcode).FirstOrDefault(),
                    null))
                .ToListAsync(cancellationToken);
            return new Page<CompanySummary>(items, page, pageSize, total);
        }

        var centre = Locate(query.Near, areas);
        var radius = query.RadiusKm ?? DefaultRadiusKm;
        if (!(radius > 0 && radius <= MaxRadiusKm))
        {
            throw new FieldValidationException("radiusKm", $"The radius is more than 0 and at most {MaxRadiusKm} km.");
        }

        // Bounding box: a degree of longitude shrinks with the cosine of the latitude.
        var latitudeDelta = radius / KmPerDegreeLatitude;
        var longitudeDelta = radius / (KmPerDegreeLatitude * Math.Cos(centre.Latitude * Radians));
        double minLat = centre.Latitude - latitudeDelta, maxLat = centre.Latitude + latitudeDelta;
        double minLon = centre.Longitude - longitudeDelta, maxLon = centre.Longitude + longitudeDelta;
        double centreLat = centre.Latitude * Radians, centreLon = centre.Longitude * Radians, cosCentreLat = Math.Cos(centreLat);

        // Haversine, written out so EF translates it to SQL (sin, cos, asin, sqrt).
        var nearest = db.Locations
            .Where(l => l.Latitude >= minLat && l.Latitude <= maxLat && l.Longitude >= minLon && l.Longitude <= maxLon)
            .Select(l => new
            {
                l.CompanyId,
                l.City,
                l.Postcode,
                DistanceKm = 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(
                    Math.Pow(Math.Sin((l.Latitude!.Value * Radians - centreLat) / 2), 2)
                    + (cosCentreLat * Math.Cos(l.Latitude!.Value * Radians)
                       * Math.Pow(Math.Sin((l.Longitude!.Value * Radians - centreLon) / 2), 2)))),
            })
            .Where(l => l.DistanceKm <= radius);

        var matches =
            from location in nearest
            join company in companies on location.CompanyId equals company.Id
            // A company with several locations in range is listed once, at its nearest one.
            where !nearest.Any(other => other.CompanyId == location.CompanyId && other.DistanceKm < location.DistanceKm)
            select new { company, location };

        var count = await matches.Select(m => m.company.Id).Distinct().CountAsync(cancellationToken);
        var rows = await matches
            .OrderBy(m => m.location.DistanceKm).ThenBy(m => m.company.Name).ThenBy(m => m.company.Id)
            .Select(m => new CompanySummary(
                m.company.Id, m.company.Name, m.company.KvkNumber, m.company.Sector, m.company.Active,
                m.location.City, m.location.Postcode, m.location.DistanceKm))
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var rounded = rows.Select(r => r with { DistanceKm = Math.Round(r.DistanceKm!.Value, 2) }).ToList();
        return new Page<CompanySummary>(rounded, page, pageSize, count);
    }

    private static IQueryable<Company> Filter(IQueryable<Company> companies, CompanyListQuery query, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            companies = companies.Where(c => EF.Functions.ILike(c.Name, pattern) || c.KvkNumber == text
                || c.Locations.Any(l => EF.Functions.ILike(l.City, pattern)));
        }

        if (query.Crebo is not null)
        {
            var crebo = Crebo.Parse(query.Crebo);
            companies = companies.Where(c => c.Accreditations.Any(a =>
                a.Crebo == crebo && a.RevokedOn == null && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today)));
        }

        if (query.Active is { } active)
        {
            companies = companies.Where(c => c.Active == active);
        }

        return companies;
    }

    /// <summary>The centre of the PC4 area of a full postcode or of four digits alone.</summary>
    private static GeoPoint Locate(string near, PostcodeAreas areas)
    {
        var text = near.Trim();
        var pc4 = text.Length == 4 && text.All(char.IsAsciiDigit) && text[0] != '0'
            ? text
            : DutchPostcode.TryParse(text, out var postcode) ? postcode.Digits : null;
        if (pc4 is null)
        {
            throw new FieldValidationException("near", "Give a Dutch postcode (1234 AB) or its four digits.");
        }

        return areas.TryFind(pc4, out var area)
            ? area.Centre
            : throw new FieldValidationException("near", $"Postcode area {pc4} is not in the postcode table, so there is no point to measure from.");
    }
}
