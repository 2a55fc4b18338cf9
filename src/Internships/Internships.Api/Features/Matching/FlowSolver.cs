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
    // Compiled optimised at once: the network loop runs once per run, too rarely for tiered compilation to catch up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FlowSolution Solve(MatchingModel model)
    {
        var students = model.Students.Count;
        var groups = model.Groups.Count;
        var source = 0;
        var sink = 1 + students + groups;
        var candidateArcs = new int[students][];

        var build = Stopwatch.StartNew();
        using var flow = new MinCostFlow();
        for (var s = 0; s < students; s++)
        {
            var studentNode = 1 + s;
            flow.AddArcWithCapacityAndUnitCost(source, studentNode, 1, 0);
            flow.AddArcWithCapacityAndUnitCost(studentNode, sink, 1, model.Weights.UnplacedPenalty);
            var candidates = model.Candidates[s];
            var arcs = candidateArcs[s] = new int[candidates.Length];
            for (var c = 0; c < candidates.Length; c++)
            {
                arcs[c] = flow.AddArcWithCapacityAndUnitCost(studentNode, 1 + students + candidates[c].Group, 1, candidates[c].Terms.Total);
            }
        }

        // A group never needs more place arcs than students who could go there.
        var demand = new int[groups];
        foreach (var list in model.Candidates)
        {
            foreach (var candidate in list)
            {
                demand[candidate.Group]++;
            }
        }

        for (var g = 0; g < groups; g++)
        {
            var places = Math.Min(model.Groups[g].FreePlaces, demand[g]);
            for (var k = 0; k < places; k++)
            {
                flow.AddArcWithCapacityAndUnitCost(1 + students + g, sink, 1, (long)model.Weights.Spreading * k);
            }
        }

        flow.SetNodeSupply(source, students);
        flow.SetNodeSupply(sink, -students);
        build.Stop();

        var solve = Stopwatch.StartNew();
        var status = flow.Solve();
        solve.Stop();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver ended with {status}.");
        }

        var assignment = new int[students];
        for (var s = 0; s < students; s++)
        {
            assignment[s] = -1;
            var arcs = candidateArcs[s];
            for (var c = 0; c < arcs.Length; c++)
            {
                if (flow.Flow(arcs[c]) > 0)
                {
                    assignment[s] = c;
                    break;
                }
            }
        }

        return new FlowSolution(assignment, flow.OptimalCost(), build.Elapsed, solve.Elapsed);
    }
}
