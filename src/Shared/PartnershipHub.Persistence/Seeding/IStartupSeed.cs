namespace PartnershipHub.Persistence.Seeding;

/// <summary>
/// Data a service adds at start-up: reference data every environment needs (roles, the default framework) or demo
/// data (only when <c>Seed:Demo=true</c> in Development). One shape for every service: the seed is asked once while
/// the service starts, inside a replica lock named after it; one that waits for other services' events answers
/// <see cref="SeedOutcome.NotReady"/> and is asked again in the background until it is done or
/// <c>Seed:WaitMinutes</c> (default 10) have passed. A seed checks what is already there, so a restart adds nothing twice.
/// Seeds are singletons: state between attempts (how far the other services' data had arrived) may live in fields.
/// </summary>
public interface IStartupSeed
{
    /// <summary>Names the replica lock and the seed in the log (<c>companies-demo</c>).</summary>
    string Name { get; }

    SeedKind Kind { get; }

    /// <summary>One attempt, with a fresh scope's services (the DbContext); adds what is missing.</summary>
    Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
