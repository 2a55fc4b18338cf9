using FsCheck.Xunit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Matching;
using Xunit;

namespace PartnershipHub.Internships.Tests.Matching;

/// <summary>
/// The candidate scan works from precomputed tables (routes as bit masks, sector matches per preference list and
/// sector, normalised names); these hold it to checking every pair with the plain rule and cost functions.
/// </summary>
public sealed class CandidateScanTests
{
    private static readonly string?[] Sectors = ["Retail", "Construction", "Health care", "Care", "ICT", null];
    private static readonly string[] Preferences = ["retail", "care", "bouw", "ict", "CONSTRUCTION", "health"];

    [Property(MaxTest = 200)]
    public void The_precomputed_scan_gives_the_candidates_of_the_plain_rules_in_the_same_order(int seed)
    {
        var (students, companies) = Varied(seed);
        var weights = RandomProblems.Weights(seed);
        var model = CandidateBuilder.Build(students, companies, weights);

        Assert.Equal(PlainGroups(companies), model.Groups);
        for (var s = 0; s < students.Count; s++)
        {
            Assert.Equal(PlainCandidates(students[s], companies, model.Groups, weights), model.Candidates[s]);
        }
    }

    [Fact]
    public void Students_with_equal_preference_lists_share_one_sector_answer_per_sector()
    {
        var location = new MatchLocation(Guid.NewGuid(), 52.09, 5.12);
        var accredited = new Dictionary<string, IReadOnlySet<LearningRoute>> { ["25662"] = new HashSet<LearningRoute> { LearningRoute.Bol } };
        var care = new MatchCompany(Guid.NewGuid(), "Care", "Health care", false, [location], accredited, new Dictionary<string, int> { ["25662"] = 3 });
        var shop = new MatchCompany(Guid.NewGuid(), "Shop", "Retail", false, [location with { Id = Guid.NewGuid() }], accredited, new Dictionary<string, int> { ["25662"] = 3 });
        var students = new[] { new[] { "care" }, ["care"], ["retail", "ict"], [] }
            .Select((sectors, i) => new MatchStudent(
                Guid.NewGuid(), $"S{i}", "25662", LearningRoute.Bol, 52.09, 5.12, 10, sectors, NeedLevel.None, new HashSet<Guid>(), new HashSet<string>(), new HashSet<Guid>()))
            .ToList();

        var model = CandidateBuilder.Build(students, [care, shop], MatchingWeights.Default);

        int SectorTerm(int s, MatchCompany company) => model.Candidates[s].Single(c => model.Companies[model.Groups[c.Group].CompanyIndex] == company).Terms.Sector;
        Assert.Equal([0, 30], new[] { SectorTerm(0, care), SectorTerm(0, shop) });
        Assert.Equal([0, 30], new[] { SectorTerm(1, care), SectorTerm(1, shop) });
        Assert.Equal([30, 0], new[] { SectorTerm(2, care), SectorTerm(2, shop) });
        Assert.Equal([0, 0], new[] { SectorTerm(3, care), SectorTerm(3, shop) });
    }

    /// <summary>The random problems with more varied sectors, preference lists and avoided names.</summary>
    private static (List<MatchStudent> Students, List<MatchCompany> Companies) Varied(int seed)
    {
        var (students, companies) = RandomProblems.Create(seed);
        var random = new Random(seed ^ 0x5ec7);
        companies = [.. companies.Select(c => c with { Sector = Sectors[random.Next(Sectors.Length)], Name = random.Next(4) == 0 ? $"  {c.Name.ToUpperInvariant()} " : c.Name })];
        students =
        [
            .. students.Select(s => s with
            {
                Sectors = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Preferences[random.Next(Preferences.Length)])],
                AvoidCompanyNames = companies.Where(_ => random.Next(6) == 0).Select(c => CandidateBuilder.Normalize(c.Name)).ToHashSet(),
                Need = (NeedLevel)random.Next(3),
            }),
        ];
        return (students, companies);
    }

    private static List<SlotGroup> PlainGroups(List<MatchCompany> companies) =>
    [
        .. companies.SelectMany((company, c) => company.FreePlaces
            .Where(p => p.Value > 0 && company.CurrentAccreditations.ContainsKey(p.Key))
            .Select(p => new SlotGroup(c, p.Key, p.Value))),
    ];

    private static Candidate[] PlainCandidates(MatchStudent student, List<MatchCompany> companies, IReadOnlyList<SlotGroup> groups, MatchingWeights weights)
    {
        var candidates = new List<Candidate>();
        for (var g = 0; g < groups.Count; g++)
        {
            var company = companies[groups[g].CompanyIndex];
            if (groups[g].Crebo != student.Crebo)
            {
                continue;
            }

            var (distance, location) = CandidateBuilder.Nearest(student, company);
            if (CandidateBuilder.Violation(student, company, distance) is null)
            {
                candidates.Add(new Candidate(g, location!.Id, distance!.Value, CandidateBuilder.Cost(student, company, distance.Value, weights)));
            }
        }

        return [.. candidates.OrderBy(c => c.Terms.Total).ThenBy(c => c.DistanceKm)];
    }
}
