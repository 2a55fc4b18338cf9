using System.Diagnostics;
using System.Runtime.CompilerServices;
using Google.OrTools.Graph;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Solves a <see cref="MatchingModel"/> optimally as a min-cost flow with OR-Tools (`MinCostFlow`, formerly `SimpleMinCostFlow`): source → student (capacity 1) →
/// slot group (one arc per candidate, the pair's cost) → sink (one unit arc per free place, costing 0, s, 2s, …
/// so filling one company gets dearer and students spread), plus student → sink at the unplaced penalty so the flow
/// is always feasible. Because the place arcs' costs rise, the cheapest flow uses them in order, and the flow's cost
/// equals <see cref="MatchingModel.TotalCost"/> of the assignment it gives.
/// </summary>
public static class FlowSolver
{
    public static FlowSolution Solve(MatchingModel model)
    {
        using var network = new FlowNetwork(model.Students.Count, model.Groups.Count, model.Weights);
        var build = Stopwatch.StartNew();
        network.AddStudents(model.Candidates, 0, model.Students.Count);
        build.Stop();
        return network.Solve(model, build.Elapsed);
    }
}

/// <summary>
/// The network of <see cref="FlowSolver"/>, built student by student in order (so the candidate scan can hand over
/// finished students while it scans the rest, decision 0010), then completed with the place arcs and solved.
/// Not thread-safe: one caller at a time.
/// </summary>
public sealed class FlowNetwork(int students, int groups, MatchingWeights weights) : IDisposable
{
    private readonly MinCostFlow _flow = new();
    private readonly int[][] _candidateArcs = new int[students][];
    // A group never needs more place arcs than students who could go there.
    private readonly int[] _demand = new int[groups];

    /// <summary>How many students (0, 1, … in order) have their arcs.</summary>
    public int Added { get; private set; }

    // Compiled optimised at once: the network loop runs once per run, too rarely for tiered compilation to catch up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddStudents(Candidate[][] candidates, int from, int to)
    {
        if (from != Added)
        {
            throw new InvalidOperationException($"Students are added in order: expected {Added}, got {from}.");
        }

        var sink = 1 + students + groups;
        for (var s = from; s < to; s++)
        {
            var studentNode = 1 + s;
            _flow.AddArcWithCapacityAndUnitCost(0, studentNode, 1, 0);
            _flow.AddArcWithCapacityAndUnitCost(studentNode, sink, 1, weights.UnplacedPenalty);
            var list = candidates[s];
            var arcs = _candidateArcs[s] = new int[list.Length];
            for (var c = 0; c < list.Length; c++)
            {
                _demand[list[c].Group]++;
                arcs[c] = _flow.AddArcWithCapacityAndUnitCost(studentNode, 1 + students + list[c].Group, 1, list[c].Terms.Total);
            }
        }

        Added = to;
    }

    /// <summary>Adds the place arcs and solves; <paramref name="networkSoFar"/> is the build time already spent, reported with the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FlowSolution Solve(MatchingModel model, TimeSpan networkSoFar)
    {
        if (Added != students)
        {
            throw new InvalidOperationException($"Only {Added} of {students} students have their arcs.");
        }

        var build = Stopwatch.StartNew();
        var sink = 1 + students + groups;
        for (var g = 0; g < groups; g++)
        {
            var places = Math.Min(model.Groups[g].FreePlaces, _demand[g]);
            for (var k = 0; k < places; k++)
            {
                _flow.AddArcWithCapacityAndUnitCost(1 + students + g, sink, 1, (long)weights.Spreading * k);
            }
        }

        _flow.SetNodeSupply(0, students);
        _flow.SetNodeSupply(sink, -students);
        build.Stop();

        var solve = Stopwatch.StartNew();
        var status = _flow.Solve();
        solve.Stop();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver ended with {status}.");
        }

        var assignment = new int[students];
        for (var s = 0; s < students; s++)
        {
            assignment[s] = -1;
            var arcs = _candidateArcs[s];
            for (var c = 0; c < arcs.Length; c++)
            {
                if (_flow.Flow(arcs[c]) > 0)
                {
                    assignment[s] = c;
                    break;
                }
            }
        }

        return new FlowSolution(assignment, _flow.OptimalCost(), networkSoFar + build.Elapsed, solve.Elapsed);
    }

    public void Dispose() => _flow.Dispose();
}
