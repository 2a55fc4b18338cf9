using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Geography;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Features.Companies;

/// <summary>
/// The company list, as one SQL statement per request that filters, counts (a window count) and pages in the
/// database. A <c>near</c> search never loads companies into memory: a bounding box on the indexed coordinates
/// narrows the locations, the exact great-circle distance is computed for those few, and the nearest location
/// of each company decides its distance and place in the order.
/// </summary>
public static class CompanySearch
{
    public const double DefaultRadiusKm = 25;
    public const double MaxRadiusKm = 300;
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any register (20 million companies), and (page - 1) * pageSize cannot overflow.</summary>
    public const int MaxPage = 100_000;
    private const double EarthRadiusKm = 6371.0088;
    private const double KmPerDegreeLatitude = Math.PI * EarthRadiusKm / 180;
    private const double Radians = Math.PI / 180;

    public static async Task<Page<CompanySummary>> SearchAsync(
        CompaniesDbContext db, CompanyListQuery query, PostcodeAreas areas, DateOnly today, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (page is < 1 or > MaxPage)
        {
            throw new FieldValidationException("page", $"Pages are numbered from 1 to {MaxPage}.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new FieldValidationException("pageSize", $"A page holds 1 to {MaxPageSize} companies.");
        }

        var sql = new SqlParameters();
        var filter = Filter(query, today, sql);
        var columns = PageColumns(query, today, sql);
        string statement;
        string order;
        if (query.Near is null)
        {
            if (query.RadiusKm is not null)
            {
                throw new FieldValidationException("radiusKm", "A radius needs a postcode in 'near'.");
            }

            statement = $"""
                SELECT c.id, c.name, c.kvk_number, c.sector, c.active,
                       main.city, main.postcode, NULL::double precision AS distance_km, count(*) OVER () AS total
                FROM companies c
                LEFT JOIN LATERAL (
                    SELECT city, postcode FROM company_locations WHERE company_id = c.id ORDER BY position LIMIT 1
                ) AS main ON true
                WHERE {filter}
                ORDER BY c.name, c.id
                """;
            order = "r.name, r.id";
        }
        else
        {
            var centre = Locate(query.Near, areas);
            var radius = query.RadiusKm ?? DefaultRadiusKm;
            if (!(radius > 0 && radius <= MaxRadiusKm))
            {
                throw new FieldValidationException("radiusKm", $"The radius is more than 0 and at most {MaxRadiusKm} km.");
            }

            // A degree of longitude shrinks with the cosine of the latitude.
            var latitudeDelta = radius / KmPerDegreeLatitude;
            var longitudeDelta = radius / (KmPerDegreeLatitude * Math.Cos(centre.Latitude * Radians));
            statement = $"""
                SELECT c.id, c.name, c.kvk_number, c.sector, c.active,
                       nearest.city, nearest.postcode, nearest.distance AS distance_km, count(*) OVER () AS total
                FROM (
                    SELECT DISTINCT ON (company_id) company_id, city, postcode, distance
                    FROM (
                        SELECT company_id, city, postcode,
                               2 * {sql.Add(EarthRadiusKm)} * asin(sqrt(
                                   power(sin((radians(latitude) - {sql.Add(centre.Latitude * Radians)}) / 2), 2)
                                   + {sql.Add(Math.Cos(centre.Latitude * Radians))} * cos(radians(latitude))
                                     * power(sin((radians(longitude) - {sql.Add(centre.Longitude * Radians)}) / 2), 2))) AS distance
                        FROM company_locations
                        WHERE latitude BETWEEN {sql.Add(centre.Latitude - latitudeDelta)} AND {sql.Add(centre.Latitude + latitudeDelta)}
                          AND longitude BETWEEN {sql.Add(centre.Longitude - longitudeDelta)} AND {sql.Add(centre.Longitude + longitudeDelta)}
                    ) AS boxed
                    WHERE distance <= {sql.Add(radius)}
                    ORDER BY company_id, distance
                ) AS nearest
                JOIN companies c ON c.id = nearest.company_id
                WHERE {filter}
                ORDER BY nearest.distance, c.name, c.id
                """;
            order = "r.distance_km, r.name, r.id";
        }

        statement = $"""
            SELECT r.*, {columns}
            FROM ({statement}
                  LIMIT @limit OFFSET @offset) AS r
            ORDER BY {order}
            """;
        var rows = await Run(db, sql, statement, (page - 1) * pageSize, pageSize, cancellationToken);
        // Past the last page the window count has no row to ride on; ask for the first row only to learn the total.
        var total = rows.Count > 0 ? rows[0].Total
            : page > 1 ? (await Run(db, sql, statement, 0, 1, cancellationToken)).FirstOrDefault()?.Total ?? 0
            : 0;
        var items = rows
            .Select(r => new CompanySummary(r.Id, r.Name, r.KvkNumber, r.Sector, r.Active, r.City, r.Postcode,
                r.DistanceKm is { } km ? Math.Round(km, 2) : null, r.Crebos, r.Places))
            .ToList();
        return new Page<CompanySummary>(items, page, pageSize, (int)total);
    }

    private static Task<List<CompanySearchRow>> Run(
        CompaniesDbContext db, SqlParameters sql, string statement, int offset, int limit, CancellationToken cancellationToken)
    {
        List<NpgsqlParameter> parameters = [.. sql.Parameters.Select(p => p.Clone()), new("@limit", limit), new("@offset", offset)];
        return db.Database.SqlQueryRaw<CompanySearchRow>(statement, [.. parameters]).ToListAsync(cancellationToken);
    }

    private static string Filter(CompanyListQuery query, DateOnly today, SqlParameters sql)
    {
        var conditions = new List<string> { "true" };
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var pattern = sql.Add("%" + Escape(text) + "%");
            conditions.Add($"""
                (c.name ILIKE {pattern} OR c.kvk_number = {sql.Add(text)}
                 OR EXISTS (SELECT 1 FROM company_locations t WHERE t.company_id = c.id AND t.city ILIKE {pattern}))
                """);
        }

        if (query.Crebo is not null)
        {
            // Only a current accreditation counts: a company without one never receives students for that crebo.
            var day = sql.Add(today);
            conditions.Add($"""
                EXISTS (SELECT 1 FROM accreditations a
                        WHERE a.company_id = c.id AND a.crebo = {sql.Add(Crebo.Parse(query.Crebo))} AND a.revoked_on IS NULL
                          AND a.valid_from <= {day} AND (a.valid_to IS NULL OR a.valid_to >= {day}))
                """);
        }

        if (query.Active is { } active)
        {
            conditions.Add($"c.active = {sql.Add(active)}");
        }

        if (!string.IsNullOrWhiteSpace(query.City))
        {
            var start = sql.Add(Escape(query.City.Trim()) + "%");
            conditions.Add($"EXISTS (SELECT 1 FROM company_locations l WHERE l.company_id = c.id AND l.city ILIKE {start})");
        }

        if (query.Accredited is { } accredited)
        {
            var day = sql.Add(today);
            conditions.Add($"""
                {(accredited ? "" : "NOT ")}EXISTS (SELECT 1 FROM accreditations a
                        WHERE a.company_id = c.id AND a.revoked_on IS NULL
                          AND a.valid_from <= {day} AND (a.valid_to IS NULL OR a.valid_to >= {day}))
                """);
        }

        if (query.WithPlaces is { } withPlaces)
        {
            conditions.Add($"{(withPlaces ? "" : "NOT ")}EXISTS (SELECT 1 {PlacesSource(query, today, sql, "c.id")} AND k.places > 0)");
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>
    /// The current accreditations and the published places, computed for the rows of the page only (outside the
    /// paged statement), so a page of 50 out of 200,000 companies never aggregates the other 199,950.
    /// </summary>
    private static string PageColumns(CompanyListQuery query, DateOnly today, SqlParameters sql)
    {
        var day = sql.Add(today);
        return $"""
            ARRAY(SELECT a.crebo::text FROM accreditations a
                  WHERE a.company_id = r.id AND a.revoked_on IS NULL
                    AND a.valid_from <= {day} AND (a.valid_to IS NULL OR a.valid_to >= {day})
                  ORDER BY a.crebo) AS crebos,
            COALESCE((SELECT sum(k.places) {PlacesSource(query, today, sql, "r.id")}), 0)::int AS places
            """;
    }

    /// <summary>Capacity rows of a company in the asked period (else in periods not yet ended), for the asked crebo when given.</summary>
    private static string PlacesSource(CompanyListQuery query, DateOnly today, SqlParameters sql, string companyId)
    {
        var period = query.PeriodId is { } periodId
            ? $"k.period_id = {sql.Add(periodId)}"
            : $"k.period_id IN (SELECT p.id FROM periods p WHERE p.\"end\" >= {sql.Add(today)})";
        var crebo = query.Crebo is null ? "" : $" AND k.crebo = {sql.Add(Crebo.Parse(query.Crebo))}";
        return $"FROM capacity k WHERE k.company_id = {companyId} AND {period}{crebo}";
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

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
