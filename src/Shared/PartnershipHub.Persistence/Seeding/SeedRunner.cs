using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartnershipHub.Persistence.Seeding;

/// <summary>
/// Runs a service's seeds: once at start-up (<see cref="StartupSeeds.RunStartupSeedsAsync{TDbContext}"/>), then the
/// ones still waiting every <see cref="RetryInterval"/> in the background until done or <c>Seed:WaitMinutes</c> have passed.
/// Each attempt holds the seed's replica lock, so two replicas never add the same rows.
/// </summary>
internal sealed partial class SeedRunner<TDbContext>(
    IEnumerable<IStartupSeed> seeds,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<SeedRunner<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);
    private readonly List<IStartupSeed> _waiting = [];
    private bool _ranOnce;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        _ranOnce = true;
        // Demo accounts share a published password: only in Development (the same rule as ServiceDefaults' DemoData).
        var demo = configuration.GetValue("Seed:Demo", false) && environment.IsDevelopment();
        foreach (var seed in seeds.Where(s => s.Kind == SeedKind.Reference || demo))
        {
            if (await AttemptAsync(seed, cancellationToken) != SeedOutcome.Done)
            {
                _waiting.Add(seed);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_ranOnce)
        {
            // A host that never called RunStartupSeedsAsync (a test host of one feature) adds nothing by surprise.
            return;
        }

        var deadline = clock.GetUtcNow() + TimeSpan.FromMinutes(configuration.GetValue("Seed:WaitMinutes", 10.0));
        while (_waiting.Count > 0 && !stoppingToken.IsCancellationRequested)
        {
            if (clock.GetUtcNow() > deadline)
            {
                foreach (var seed in _waiting)
                {
                    LogGaveUp(seed.Name);
                }

                return;
            }

            await Task.Delay(RetryInterval, clock, stoppingToken);
            foreach (var seed in _waiting.ToList())
            {
                if (await AttemptAsync(seed, stoppingToken) == SeedOutcome.Done)
                {
                    _waiting.Remove(seed);
                }
            }
        }
    }

    private async Task<SeedOutcome> AttemptAsync(IStartupSeed seed, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var connectionString = scope.ServiceProvider.GetRequiredService<TDbContext>().Database.GetConnectionString()!;
            var outcome = SeedOutcome.NotReady;
            await ReplicaLock.RunAsync(connectionString, $"seed-{seed.Name}",
                async () => outcome = await seed.RunAsync(scope.ServiceProvider, cancellationToken), cancellationToken);
            if (outcome == SeedOutcome.Done)
            {
                LogDone(seed.Name);
            }

            return outcome;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Start-up races (the database not migrated yet, a copy half arrived) are expected; the next attempt decides.
            LogRetry(exception, seed.Name);
            return SeedOutcome.NotReady;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {Seed}: done")]
    private partial void LogDone(string seed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {Seed} failed; trying again in the background")]
    private partial void LogRetry(Exception exception, string seed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {Seed}: what it waits for did not arrive in time; not seeding")]
    private partial void LogGaveUp(string seed);
}
