using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Matching;

namespace PartnershipHub.Internships.Tests.Matching;

/// <summary>Random matching problems from a seed: small enough to check by hand, varied enough to hit every rule.</summary>
public static class RandomProblems
{
    private static readonly string[] Crebos = ["25662", "25645"];

    public static (List<MatchStudent> Students, List<MatchCompany> Companies) Create(int seed, int maxStudents = 40, int maxCompanies = 15)
    {
        var random = new Random(seed);
        var companies = new List<MatchCompany>();
        var companyCount = random.Next(1, maxCompanies + 1);
        for (var c = 0; c < companyCount; c++)
        {
            var accreditations = new Dictionary<string, IReadOnlySet<LearningRoute>>();
            var free = new Dictionary<string, int>();
            foreach (var crebo in Crebos)
            {
                if (random.Next(4) > 0)
                {
                    var routes = new HashSet<LearningRoute>();
                    if (random.Next(5) > 0)
                    {
                        routes.Add(LearningRoute.Bol);
                    }

                    if (random.Next(2) > 0)
                    {
                        routes.Add(LearningRoute.Bbl);
                    }

                    if (routes.Count > 0)
                    {
                        accreditations[crebo] = routes;
                    }
                }

                if (random.Next(3) > 0)
                {
                    free[crebo] = random.Next(0, 5);
                }
            }

            var locations = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => new MatchLocation(Guid.NewGuid(), 52.0 + (random.NextDouble() * 0.5), 5.0 + (random.NextDouble() * 0.8)))
                .ToList();
            companies.Add(new MatchCompany(
                Guid.NewGuid(), $"Company {c}", random.Next(2) == 0 ? "Retail" : "Construction", random.Next(3) == 0, locations, accreditations, free));
        }

        var students = new List<MatchStudent>();
        var studentCount = random.Next(0, maxStudents + 1);
        for (var s = 0; s < studentCount; s++)
        {
            var avoid = companies.Where(_ => random.Next(8) == 0).Select(c => c.Id).ToHashSet();
            var ended = companies.Where(_ => random.Next(10) == 0).Select(c => c.Id).ToHashSet();
            var avoidNames = companies.Where(_ => random.Next(15) == 0).Select(c => c.Name.ToLowerInvariant()).ToHashSet();
            var hasHome = random.Next(20) > 0;
            students.Add(new MatchStudent(
                Guid.NewGuid(),
                $"Student {s}",
                Crebos[random.Next(Crebos.Length)],
                random.Next(4) == 0 ? LearningRoute.Bbl : LearningRoute.Bol,
                hasHome ? 52.0 + (random.NextDouble() * 0.5) : null,
                hasHome ? 5.0 + (random.NextDouble() * 0.8) : null,
                random.Next(5, 31),
                random.Next(2) == 0 ? ["retail"] : [],
                (NeedLevel)random.Next(3),
                avoid,
                avoidNames,
                ended));
        }

        return (students, companies);
    }

    public static MatchingWeights Weights(int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        return new MatchingWeights(random.Next(0, 3), random.Next(0, 30), random.Next(0, 50), random.Next(0, 60), random.Next(0, 30), random.Next(500, 5000));
    }
}
