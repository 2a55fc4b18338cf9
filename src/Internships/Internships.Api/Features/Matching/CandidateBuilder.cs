using PartnershipHub.Geography;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Builds each student's candidate list under the hard rules. Company locations go into a grid of cells of about
/// 11 × 11 km per crebo, so a student only measures the distance to locations in the cells their radius
/// (2 × max travel km) touches instead of to every company.
/// </summary>
public static class CandidateBuilder
{
    public static MatchingModel Build(IReadOnlyList<MatchStudent> students, IReadOnlyList<MatchCompany> companies, MatchingWeights weights)
    {
        var index = new CompanyIndex(companies);
        var preferences = index.Sectors.NumberPreferences(students);
        var candidates = new Candidate[students.Count][];
        Parallel.For(
            0,
            students.Count,
            () => new CandidateScan(index, companies, weights),
            (s, _, scan) =>
            {
                candidates[s] = scan.For(students[s], preferences[s]);
                return scan;
            },
            _ => { });
        return new MatchingModel(students, companies, index.Groups, candidates, weights);
    }

    /// <summary>The cost terms of one student at one company at a given distance.</summary>
    public static CostTerms Cost(MatchStudent student, MatchCompany company, double distanceKm, MatchingWeights weights)
    {
        var km = (int)Math.Round(distanceKm);
        var beyond = Math.Max(0, km - student.MaxTravelKm);
        var sector = student.Sectors.Count > 0 && !SectorMatches(student.Sectors, company.Sector) ? weights.SectorMismatch : 0;
        var needs = company.OffersStructure ? 0 : NeedsCost(student.Need, weights);
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

    /// <summary>The needs term at a company that offers no structure.</summary>
    public static int NeedsCost(Contracts.NeedLevel need, MatchingWeights weights) => need switch
    {
        Contracts.NeedLevel.Much => weights.NeedsMismatch,
        Contracts.NeedLevel.Some => weights.NeedsMismatch / 2,
        _ => 0,
    };

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    internal static bool SectorMatches(IReadOnlyList<string> preferences, string? sector) =>
        sector is not null && preferences.Any(p =>
            p.Contains(sector, StringComparison.OrdinalIgnoreCase) || sector.Contains(p, StringComparison.OrdinalIgnoreCase));
}
