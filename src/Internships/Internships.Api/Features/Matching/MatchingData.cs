using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Reads the local copies into the matcher's shapes: companies with their current accreditations and free places, eligible students.</summary>
public static class MatchingData
{
    private static readonly PlacementStatus[] TakesAPlace =
        [PlacementStatus.Proposed, PlacementStatus.AgreementSigned, PlacementStatus.Active, PlacementStatus.Completed];

    public static async Task<CapacityCopy?> PeriodAsync(InternshipsDbContext db, Guid periodId, CancellationToken cancellationToken) =>
        await db.Capacity.AsNoTracking().Where(c => c.PeriodId == periodId).OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Active companies with places in the period; free places are places minus placements already proposed or agreed.</summary>
    public static async Task<List<MatchCompany>> CompaniesAsync(
        InternshipsDbContext db, Guid periodId, DateOnly startDate, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var capacityQuery = db.Capacity.AsNoTracking().Where(c => c.PeriodId == periodId && c.Places > 0);
        var placementQuery = db.Placements.AsNoTracking().Where(p => p.PeriodId == periodId && TakesAPlace.Contains(p.Status));
        var companyQuery = db.Companies.AsNoTracking().Where(c => c.Active);
        var accreditationQuery = db.Accreditations.AsNoTracking().Where(a => a.RevokedOn == null);
        if (only is not null)
        {
            capacityQuery = capacityQuery.Where(c => only.Contains(c.CompanyId));
            placementQuery = placementQuery.Where(p => only.Contains(p.CompanyId));
            companyQuery = companyQuery.Where(c => only.Contains(c.Id));
            accreditationQuery = accreditationQuery.Where(a => only.Contains(a.CompanyId));
        }

        var capacity = await capacityQuery.Select(c => new { c.CompanyId, c.Crebo, c.Places }).ToListAsync(cancellationToken);
        var used = (await placementQuery.GroupBy(p => new { p.CompanyId, p.Crebo }).Select(g => new { g.Key.CompanyId, g.Key.Crebo, Count = g.Count() })
            .ToListAsync(cancellationToken)).ToDictionary(u => (u.CompanyId, u.Crebo.Trim()), u => u.Count);
        var withPlaces = capacity.Select(c => c.CompanyId).ToHashSet();
        var accreditations = (await accreditationQuery.ToListAsync(cancellationToken))
            .Where(a => withPlaces.Contains(a.CompanyId))
            .GroupBy(a => a.CompanyId)
            .ToDictionary(g => g.Key, g => g.ToList());
        var companies = await companyQuery.ToListAsync(cancellationToken);

        var result = new List<MatchCompany>(companies.Count);
        var capacityByCompany = capacity.GroupBy(c => c.CompanyId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var company in companies)
        {
            if (!capacityByCompany.TryGetValue(company.Id, out var places))
            {
                continue;
            }

            var current = new Dictionary<string, IReadOnlySet<LearningRoute>>();
            foreach (var accreditation in accreditations.GetValueOrDefault(company.Id) ?? [])
            {
                var routes = new HashSet<LearningRoute>();
                if (accreditation.IsCurrentOn(startDate, LearningRoute.Bol))
                {
                    routes.Add(LearningRoute.Bol);
                }

                if (accreditation.IsCurrentOn(startDate, LearningRoute.Bbl))
                {
                    routes.Add(LearningRoute.Bbl);
                }

                if (routes.Count > 0)
                {
                    current[accreditation.Crebo.Trim()] = routes;
                }
            }

            var free = places.ToDictionary(p => p.Crebo.Trim(), p => Math.Max(0, p.Places - used.GetValueOrDefault((company.Id, p.Crebo.Trim()))));
            result.Add(new MatchCompany(
                company.Id,
                company.Name,
                company.Sector,
                company.OffersStructure,
                [.. company.Locations.Select(l => new MatchLocation(l.LocationId, l.Latitude, l.Longitude))],
                current,
                free));
        }

        return result;
    }

    /// <summary>
    /// Students eligible for the run: active, enrolled, not erased, without an open or finished placement in the
    /// period, narrowed by crebo, cohort and ids when given.
    /// </summary>
    public static async Task<List<MatchStudent>> StudentsAsync(
        InternshipsDbContext db, Guid periodId, string? crebo, string? cohort, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var query = db.Students.AsNoTracking().Where(s => !s.Erased && s.Status == StudentStatus.Active && s.Crebo != null);
        if (crebo is not null)
        {
            query = query.Where(s => s.Crebo == crebo);
        }

        if (cohort is not null)
        {
            query = query.Where(s => s.Cohort == cohort);
        }

        if (ids is { Count: > 0 })
        {
            query = query.Where(s => ids.Contains(s.Id));
        }

        query = query.Where(s => !db.Placements.Any(p => p.StudentId == s.Id && p.PeriodId == periodId && TakesAPlace.Contains(p.Status)));
        // Only the columns the matcher reads: versions, postcode and the rest of the copy stay in the database.
        var students = await query.OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.FirstName, s.LastName, s.Crebo, s.Route, s.Latitude, s.Longitude, s.MaxTravelKm, s.Sectors,
                s.StructureNeed, s.PedagogicalNeed, s.AvoidCompanyIds, s.AvoidCompanyNames,
            })
            .ToListAsync(cancellationToken);
        var endedEarly = await EndedEarlyAsync(db, ids is { Count: > 0 } ? ids : null, cancellationToken);
        return
        [
            .. students.Select(s => ToMatch(
                new StudentCopy
                {
                    Id = s.Id, FirstName = s.FirstName, LastName = s.LastName, Crebo = s.Crebo, Route = s.Route, Latitude = s.Latitude, Longitude = s.Longitude,
                    MaxTravelKm = s.MaxTravelKm, Sectors = s.Sectors, StructureNeed = s.StructureNeed, PedagogicalNeed = s.PedagogicalNeed,
                    AvoidCompanyIds = s.AvoidCompanyIds, AvoidCompanyNames = s.AvoidCompanyNames,
                },
                endedEarly.GetValueOrDefault(s.Id))),
        ];
    }

    public static async Task<Dictionary<Guid, HashSet<Guid>>> EndedEarlyAsync(InternshipsDbContext db, IReadOnlyCollection<Guid>? students, CancellationToken cancellationToken)
    {
        var query = db.Placements.AsNoTracking().Where(p => p.Status == PlacementStatus.EndedEarly);
        if (students is not null)
        {
            query = query.Where(p => students.Contains(p.StudentId));
        }

        return (await query.Select(p => new { p.StudentId, p.CompanyId }).ToListAsync(cancellationToken))
            .GroupBy(p => p.StudentId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.CompanyId).ToHashSet());
    }

    public static MatchStudent ToMatch(StudentCopy s, IReadOnlySet<Guid>? endedEarlyAt) => new(
        s.Id,
        s.DisplayName,
        s.Crebo!.Trim(),
        s.Route,
        s.Latitude,
        s.Longitude,
        s.EffectiveMaxTravelKm,
        s.Sectors,
        (NeedLevel)Math.Max((int)s.StructureNeed, (int)s.PedagogicalNeed),
        s.AvoidCompanyIds.ToHashSet(),
        s.AvoidCompanyNames.ToHashSet(),
        endedEarlyAt ?? new HashSet<Guid>());
}
