using PartnershipHub.Geography;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Builds each student's candidate list under the hard rules. Company locations go into a grid of cells of about
/// 11 × 11 km per crebo, so a student only measures the distance to locations in the cells their radius
/// (2 × max travel km) touches instead of to every company.
/// </summary>
public static class CandidateBuilder
{
    private const double CellLatitude = 0.1;
    private const double CellLongitude = 0.16;
    private const double KmPerDegreeLatitude = 111.2;

    public static MatchingModel Build(IReadOnlyList<MatchStudent> students, IReadOnlyList<MatchCompany> companies, MatchingWeights weights)
    {
        var groups = new List<SlotGroup>();
        var grids = new Dictionary<string, Dictionary<(int, int), List<(int Group, MatchLocation Location)>>>();
        for (var c = 0; c < companies.Count; c++)
        {
            var company = companies[c];
            foreach (var (crebo, places) in company.FreePlaces)
            {
                if (places <= 0 || !company.CurrentAccreditations.ContainsKey(crebo))
                {
                    continue;
                }

                var group = groups.Count;
                groups.Add(new SlotGroup(c, crebo, places));
                if (!grids.TryGetValue(crebo, out var grid))
                {
                    grids[crebo] = grid = [];
                }

                foreach (var location in company.Locations)
                {
                    if (location.Latitude is { } lat && location.Longitude is { } lon)
                    {
                        var cell = Cell(lat, lon);
                        if (!grid.TryGetValue(cell, out var list))
                        {
                            grid[cell] = list = [];
                        }

                        list.Add((group, location));
                    }
                }
            }
        }

        var candidates = new Candidate[students.Count][];
        Parallel.For(0, students.Count, s => candidates[s] = CandidatesFor(students[s], companies, groups, grids, weights));
        return new MatchingModel(students, companies, groups, candidates, weights);
    }

    /// <summary>The cost terms of one student at one company at a given distance.</summary>
    public static CostTerms Cost(MatchStudent student, MatchCompany company, double distanceKm, MatchingWeights weights)
    {
        var km = (int)Math.Round(distanceKm);
        var beyond = Math.Max(0, km - student.MaxTravelKm);
        var sector = student.Sectors.Count > 0 && !SectorMatches(student.Sectors, company.Sector) ? weights.SectorMismatch : 0;
        var needs = company.OffersStructure
            ? 0
            : student.Need switch
            {
                Contracts.NeedLevel.Much => weights.NeedsMismatch,
                Contracts.NeedLevel.Some => weights.NeedsMismatch / 2,
                _ => 0,
            };
        return new CostTerms(weights.TravelPerKm * km, weights.BeyondMaxPerKm * beyond, sector, needs);
    }

    /// <summary>
    /// Why each company offering the student's crebo was not (or could not be) a candidate, nearest first; used to
    /// explain unplaced students and to check overrides, so it applies the same rules as <see cref="Build"/>.
    /// </summary>
    public static IReadOnlyList<Exclusion> Explain(MatchStudent student, IReadOnlyList<MatchCompany> companies, int limit, bool checkDistance = true)
    {
        var result = new List<(double Distance, Exclusion Exclusion)>();
        foreach (var company in companies)
        {
            var hasCrebo = company.FreePlaces.ContainsKey(student.Crebo) || company.CurrentAccreditations.ContainsKey(student.Crebo);
            if (!hasCrebo)
            {
                continue;
            }

            var (distance, _) = Nearest(student, company);
            var rule = Violation(student, company, distance, checkDistance);
            result.Add((distance ?? double.MaxValue, new Exclusion(company.Id, company.Name, rule ?? ExclusionRules.CapacityTaken)));
        }

        return [.. result.OrderBy(r => r.Distance).Take(limit).Select(r => r.Exclusion)];
    }

    /// <summary>The first hard rule the pair breaks, or null when it passes them all.</summary>
    public static string? Violation(MatchStudent student, MatchCompany company, double? distanceKm, bool checkDistance = true)
    {
        if (!company.CurrentAccreditations.TryGetValue(student.Crebo, out var routes) || !routes.Contains(student.Route))
        {
            return ExclusionRules.NoAccreditation;
        }

        if (!company.FreePlaces.TryGetValue(student.Crebo, out var places) || places <= 0)
        {
            return ExclusionRules.NoCapacity;
        }

        if ((student.AvoidCompanyIds.Count > 0 && student.AvoidCompanyIds.Contains(company.Id))
            || (student.AvoidCompanyNames.Count > 0 && student.AvoidCompanyNames.Contains(Normalize(company.Name))))
        {
            return ExclusionRules.Avoided;
        }

        if (student.EndedEarlyAt.Count > 0 && student.EndedEarlyAt.Contains(company.Id))
        {
            return ExclusionRules.EndedEarlyBefore;
        }

        if (!checkDistance)
        {
            return null;
        }

        if (distanceKm is null)
        {
            return ExclusionRules.NoCoordinates;
        }

        return distanceKm > 2.0 * student.MaxTravelKm ? ExclusionRules.TooFar : null;
    }

    public static (double? DistanceKm, MatchLocation? Location) Nearest(MatchStudent student, MatchCompany company)
    {
        if (student.Latitude is not { } lat || student.Longitude is not { } lon)
        {
            return (null, company.Locations.FirstOrDefault());
        }

        var home = new GeoPoint(lat, lon);
        double? best = null;
        MatchLocation? nearest = null;
        foreach (var location in company.Locations)
        {
            if (location.Latitude is { } la && location.Longitude is { } lo)
            {
                var d = home.DistanceKmTo(new GeoPoint(la, lo));
                if (best is null || d < best)
                {
                    best = d;
                    nearest = location;
                }
            }
        }

        return (best, nearest ?? company.Locations.FirstOrDefault());
    }

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    private static Candidate[] CandidatesFor(
        MatchStudent student,
        IReadOnlyList<MatchCompany> companies,
        List<SlotGroup> groups,
        Dictionary<string, Dictionary<(int, int), List<(int Group, MatchLocation Location)>>> grids,
        MatchingWeights weights)
    {
        if (student.Latitude is not { } lat || student.Longitude is not { } lon || !grids.TryGetValue(student.Crebo, out var grid))
        {
            return [];
        }

        var radius = 2.0 * student.MaxTravelKm;
        var home = new GeoPoint(lat, lon);
        var latCells = (int)Math.Ceiling(radius / KmPerDegreeLatitude / CellLatitude);
        // The widest point of the student's circle decides the longitude span (the pole-side edge is the narrowest).
        var kmPerDegreeLongitude = KmPerDegreeLatitude * Math.Cos((Math.Abs(lat) + (radius / KmPerDegreeLatitude)) * Math.PI / 180);
        var lonCells = (int)Math.Ceiling(radius / kmPerDegreeLongitude / CellLongitude);
        var (row, column) = Cell(lat, lon);
        var nearest = new Dictionary<int, (double Distance, MatchLocation Location)>();
        for (var r = row - latCells; r <= row + latCells; r++)
        {
            for (var c = column - lonCells; c <= column + lonCells; c++)
            {
                if (!grid.TryGetValue((r, c), out var entries))
                {
                    continue;
                }

                foreach (var (group, location) in entries)
                {
                    // Cheap box checks first: most locations in the outer cells are out of reach.
                    if (Math.Abs(location.Latitude!.Value - lat) * KmPerDegreeLatitude > radius
                        || Math.Abs(location.Longitude!.Value - lon) * kmPerDegreeLongitude > radius)
                    {
                        continue;
                    }

                    var distance = home.DistanceKmTo(new GeoPoint(location.Latitude!.Value, location.Longitude!.Value));
                    if (distance <= radius && (!nearest.TryGetValue(group, out var known) || distance < known.Distance))
                    {
                        nearest[group] = (distance, location);
                    }
                }
            }
        }

        var result = new List<Candidate>(nearest.Count);
        foreach (var (group, (distance, location)) in nearest)
        {
            var company = companies[groups[group].CompanyIndex];
            if (Violation(student, company, distance) is null)
            {
                result.Add(new Candidate(group, location.Id, distance, Cost(student, company, distance, weights)));
            }
        }

        result.Sort((a, b) => a.Terms.Total != b.Terms.Total ? a.Terms.Total.CompareTo(b.Terms.Total) : a.DistanceKm.CompareTo(b.DistanceKm));
        return [.. result];
    }

    private static bool SectorMatches(IReadOnlyList<string> preferences, string? sector) =>
        sector is not null && preferences.Any(p =>
            p.Contains(sector, StringComparison.OrdinalIgnoreCase) || sector.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static (int, int) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellLatitude), (int)Math.Floor(longitude / CellLongitude));
}
