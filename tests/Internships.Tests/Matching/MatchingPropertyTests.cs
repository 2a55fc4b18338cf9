using FsCheck.Xunit;
using PartnershipHub.Geography;
using PartnershipHub.Internships.Features.Matching;
using Xunit;

namespace PartnershipHub.Internships.Tests.Matching;

/// <summary>
/// Properties of the matcher on random problems. The hard rules are re-checked here from first principles
/// (not through the matcher's own rule function) so a bug there cannot hide itself.
/// </summary>
public sealed class MatchingPropertyTests
{
    [Property(MaxTest = 200)]
    public void No_proposal_ever_violates_a_hard_rule(int seed)
    {
        var (model, solution) = Solve(seed);
        for (var s = 0; s < solution.Assignment.Length; s++)
        {
            if (solution.Assignment[s] < 0)
            {
                continue;
            }

            var student = model.Students[s];
            var candidate = model.Candidates[s][solution.Assignment[s]];
            var company = model.Companies[model.Groups[candidate.Group].CompanyIndex];
            Assert.Equal(student.Crebo, model.Groups[candidate.Group].Crebo);
            Assert.True(company.CurrentAccreditations.TryGetValue(student.Crebo, out var routes) && routes.Contains(student.Route), "accreditation");
            Assert.True(company.FreePlaces.GetValueOrDefault(student.Crebo) > 0, "capacity");
            Assert.DoesNotContain(company.Id, student.AvoidCompanyIds);
            Assert.DoesNotContain(company.Name.ToLowerInvariant(), student.AvoidCompanyNames);
            Assert.DoesNotContain(company.Id, student.EndedEarlyAt);
            var nearest = company.Locations.Min(l => new GeoPoint(student.Latitude!.Value, student.Longitude!.Value).DistanceKmTo(new GeoPoint(l.Latitude!.Value, l.Longitude!.Value)));
            Assert.True(nearest <= 2.0 * student.MaxTravelKm, $"distance {nearest} > 2 x {student.MaxTravelKm}");
            Assert.Equal(nearest, candidate.DistanceKm, 6);
        }
    }

    [Property(MaxTest = 200)]
    public void Capacity_is_never_exceeded(int seed)
    {
        var (model, solution) = Solve(seed);
        var used = solution.Assignment
            .Select((c, s) => c < 0 ? -1 : model.Candidates[s][c].Group)
            .Where(g => g >= 0)
            .GroupBy(g => g);
        foreach (var group in used)
        {
            Assert.True(group.Count() <= model.Groups[group.Key].FreePlaces, $"group {group.Key}: {group.Count()} > {model.Groups[group.Key].FreePlaces}");
        }
    }

    [Property(MaxTest = 200)]
    public void Optimal_cost_is_at_most_the_greedy_cost_and_equals_the_cost_function(int seed)
    {
        var (model, solution) = Solve(seed);
        var greedy = GreedyMatcher.Assign(model);
        Assert.Equal(solution.Cost, model.TotalCost(solution.Assignment));
        Assert.True(solution.Cost <= model.TotalCost(greedy), $"optimal {solution.Cost} > greedy {model.TotalCost(greedy)}");
    }

    [Property(MaxTest = 100)]
    public void The_grid_finds_exactly_the_candidates_a_full_scan_finds(int seed)
    {
        var (students, companies) = RandomProblems.Create(seed);
        var model = CandidateBuilder.Build(students, companies, MatchingWeights.Default);
        for (var s = 0; s < students.Count; s++)
        {
            var expected = companies
                .Where(c => c.FreePlaces.GetValueOrDefault(students[s].Crebo) > 0)
                .Where(c => CandidateBuilder.Violation(students[s], c, CandidateBuilder.Nearest(students[s], c).DistanceKm) is null)
                .Select(c => c.Id)
                .OrderBy(id => id);
            var actual = model.Candidates[s].Select(c => companies[model.Groups[c.Group].CompanyIndex].Id).OrderBy(id => id);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Spreading_prefers_two_companies_over_filling_one()
    {
        var home = new MatchLocation(Guid.NewGuid(), 52.09, 5.12);
        var near = new MatchCompany(Guid.NewGuid(), "Near", "Retail", false, [home], Accredited(), new Dictionary<string, int> { ["25662"] = 2 });
        var alsoNear = new MatchCompany(Guid.NewGuid(), "Also near", "Retail", false, [home with { Id = Guid.NewGuid(), Latitude = 52.095 }], Accredited(), new Dictionary<string, int> { ["25662"] = 2 });
        var pupils = Enumerable.Range(0, 2).Select(i => new MatchStudent(
            Guid.NewGuid(), $"S{i}", "25662", Contracts.LearningRoute.Bol, 52.09, 5.12, 20, [], Contracts.NeedLevel.None, new HashSet<Guid>(), new HashSet<string>(), new HashSet<Guid>())).ToList();

        var model = CandidateBuilder.Build(pupils, [near, alsoNear], MatchingWeights.Default);
        var solution = FlowSolver.Solve(model);

        Assert.NotEqual(model.Candidates[0][solution.Assignment[0]].Group, model.Candidates[1][solution.Assignment[1]].Group);
    }

    private static Dictionary<string, IReadOnlySet<Contracts.LearningRoute>> Accredited() =>
        new() { ["25662"] = new HashSet<Contracts.LearningRoute> { Contracts.LearningRoute.Bol, Contracts.LearningRoute.Bbl } };

    private static (MatchingModel Model, FlowSolution Solution) Solve(int seed)
    {
        var (students, companies) = RandomProblems.Create(seed);
        var model = CandidateBuilder.Build(students, companies, RandomProblems.Weights(seed));
        return (model, FlowSolver.Solve(model));
    }
}
