namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Per student the chosen candidate index (-1 = unplaced), the optimal cost, and the time to build the network and to solve it.</summary>
public sealed record FlowSolution(int[] Assignment, long Cost, TimeSpan NetworkBuildTime, TimeSpan SolveTime);
