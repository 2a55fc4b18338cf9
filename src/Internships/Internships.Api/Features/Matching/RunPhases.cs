namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Where a run's time went, for the benchmark and the logs (the run row keeps the coarser build/solve/store split).
/// The COPY starts with the first explained slice, so <see cref="Explain"/> runs until the last slice is explained
/// and <see cref="Store"/> is what the store took beyond that.
/// </summary>
public sealed record RunPhases(TimeSpan Read, TimeSpan Candidates, TimeSpan Network, TimeSpan Solve, TimeSpan Explain, TimeSpan Store, TimeSpan Total);
