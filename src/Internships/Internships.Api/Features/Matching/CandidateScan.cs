using System.Runtime.CompilerServices;
using PartnershipHub.Geography;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// One thread's candidate scan: the grid cells a student's radius (2 × max travel km) touches, the nearest location
/// per slot group, then the hard rules and cost terms from the <see cref="CompanyIndex"/> tables. The buffers are
/// reused from student to student. It gives the same candidates in the same order as checking each pair with
/// <see cref="CandidateBuilder.Violation"/> and <see cref="CandidateBuilder.Cost"/> (a property test holds it to that).
/// </summary>
internal sealed class CandidateScan(CompanyIndex index, IReadOnlyList<MatchCompany> companies, MatchingWeights weights)
{
    private const double KmPerDegreeLatitude = 111.2;

    private static readonly Comparison<Candidate> CheapestFirst = Compare;

    // Per slot group its position in `reached` for the current student, or -1; reset after each student.
    private readonly int[] positionOf = Enumerable.Repeat(-1, index.Groups.Count).ToArray();
    private (int Group, double Distance, MatchLocation Location)[] reached = new (int, double, MatchLocation)[64];
    private Candidate[] kept = new Candidate[64];

    // A run is rare, so without this the first runs after a start scan with unoptimised tier-0 code (measured 4–5× slower).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Candidate[] For(MatchStudent student, int preference)
    {
        if (student.Latitude is not { } lat || student.Longitude is not { } lon || !index.Crebos.TryGetValue(student.Crebo, out var crebo))
        {
            return [];
        }

        var radius = 2.0 * student.MaxTravelKm;
        var home = new GeoPoint(lat, lon);
        // The widest point of the student's circle decides the longitude span (the pole-side edge is the narrowest).
        var kmPerDegreeLongitude = KmPerDegreeLatitude * Math.Cos((Math.Abs(lat) + (radius / KmPerDegreeLatitude)) * Math.PI / 180);
        var (latCells, lonCells) = CompanyIndex.Span(radius, KmPerDegreeLatitude, kmPerDegreeLongitude);
        var (row, column) = CompanyIndex.Cell(lat, lon);
        var count = 0;
        for (var r = row - latCells; r <= row + latCells; r++)
        {
            for (var c = column - lonCells; c <= column + lonCells; c++)
            {
                foreach (ref readonly var entry in index.InCell(crebo, r, c))
                {
                    // Cheap box checks first: most locations in the outer cells are out of reach.
                    if (Math.Abs(entry.Latitude - lat) * KmPerDegreeLatitude > radius || Math.Abs(entry.Longitude - lon) * kmPerDegreeLongitude > radius)
                    {
                        continue;
                    }

                    var distance = home.DistanceKmTo(new GeoPoint(entry.Latitude, entry.Longitude));
                    var at = positionOf[entry.Group];
                    if (distance <= radius && at < 0)
                    {
                        if (count == reached.Length)
                        {
                            Array.Resize(ref reached, count * 2);
                        }

                        positionOf[entry.Group] = count;
                        reached[count++] = (entry.Group, distance, entry.Location);
                    }
                    else if (distance <= radius && distance < reached[at].Distance)
                    {
                        reached[at] = (entry.Group, distance, entry.Location);
                    }
                }
            }
        }

        if (kept.Length < count)
        {
            Array.Resize(ref kept, Math.Max(count, kept.Length * 2));
        }

        var route = CompanyIndex.RouteBit(student.Route);
        var needs = CandidateBuilder.NeedsCost(student.Need, weights);
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            var (group, distance, location) = reached[i];
            positionOf[group] = -1;
            var c = index.Groups[group].CompanyIndex;
            // The rules of CandidateBuilder.Violation in its order; free places > 0 and the distance hold already.
            if ((index.RouteMasks[group] & route) == 0
                || (student.AvoidCompanyIds.Count > 0 && student.AvoidCompanyIds.Contains(companies[c].Id))
                || (student.AvoidCompanyNames.Count > 0 && student.AvoidCompanyNames.Contains(index.NormalizedNames[c]))
                || (student.EndedEarlyAt.Count > 0 && student.EndedEarlyAt.Contains(companies[c].Id)))
            {
                continue;
            }

            var km = (int)Math.Round(distance);
            var beyond = Math.Max(0, km - student.MaxTravelKm);
            var sector = preference >= 0 && !index.Sectors.Matches(preference, index.SectorNumbers[c]) ? weights.SectorMismatch : 0;
            var terms = new CostTerms(weights.TravelPerKm * km, weights.BeyondMaxPerKm * beyond, sector, index.OffersStructure[c] ? 0 : needs);
            kept[found++] = new Candidate(group, location.Id, distance, terms);
        }

        var result = kept.AsSpan(0, found).ToArray();
        Array.Sort(result, CheapestFirst);
        return result;
    }

    // Called about two million times a run; see For.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Compare(Candidate a, Candidate b) =>
        a.Terms.Total != b.Terms.Total ? a.Terms.Total.CompareTo(b.Terms.Total) : a.DistanceKm.CompareTo(b.DistanceKm);
}
