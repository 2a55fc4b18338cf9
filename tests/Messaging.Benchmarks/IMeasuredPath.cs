namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// One path under measurement, set up once (databases, virtual host, hosts, bus): the warm-up and the measured run go
/// through the same hosts, as the events of a running service do, so the measured run does not pay for a new host's
/// start-up (its dependency-injection and MassTransit code generated and compiled again).
/// </summary>
internal interface IMeasuredPath : IAsyncDisposable
{
    Task<RunResult> RunAsync(int events);
}
