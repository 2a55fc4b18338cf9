namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Where a run's time went, for the benchmark and the logs (the run row keeps the coarser build/solve/store split).</summary>
public sealed record RunPhases(TimeSpan Read, TimeSpan Candidates, TimeSpan Network, TimeSpan Solve, TimeSpan Explain, TimeSpan Store, TimeSpan Total);
