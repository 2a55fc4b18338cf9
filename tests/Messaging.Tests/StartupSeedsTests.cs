using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>Persistence's one seeding shape: who is asked when, in which environment, and what happens to a seed that waits.</summary>
public sealed class StartupSeedsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("seeds");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Outside_development_only_reference_data_is_seeded_even_when_demo_data_is_asked_for()
    {
        using var host = Build(Environments.Production);
        await host.RunStartupSeedsAsync<SeedProbeDb>();
        await host.StartAsync();

        Assert.Equal(1, host.Services.GetRequiredService<ReferenceSeed>().Attempts);
        Assert.Equal(0, host.Services.GetRequiredService<DemoSeed>().Attempts);
        Assert.Equal(0, host.Services.GetRequiredService<WaitingDemoSeed>().Attempts);
        await host.StopAsync();
    }

    [Fact]
    public async Task In_development_every_seed_is_asked_before_the_service_serves_and_a_waiting_one_again_until_done()
    {
        using var host = Build(Environments.Development);
        await host.RunStartupSeedsAsync<SeedProbeDb>();

        // Before the host runs: each asked once; the waiting one answered NotReady.
        Assert.Equal(1, host.Services.GetRequiredService<ReferenceSeed>().Attempts);
        Assert.Equal(1, host.Services.GetRequiredService<DemoSeed>().Attempts);
        var waiting = host.Services.GetRequiredService<WaitingDemoSeed>();
        Assert.Equal(1, waiting.Attempts);

        await host.StartAsync();
        await Eventually.WaitUntilAsync(() => Task.FromResult(waiting.Done), "the waiting seed to be asked again and finish", TimeSpan.FromSeconds(30));
        Assert.Equal(2, waiting.Attempts);
        // Done seeds are not asked again.
        Assert.Equal(1, host.Services.GetRequiredService<DemoSeed>().Attempts);
        await host.StopAsync();
    }

    private IHost Build(string environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration["ConnectionStrings:seeddb"] = _database.ConnectionString;
        builder.Configuration["Seed:Demo"] = "true";
        builder.AddServiceDatabase<SeedProbeDb>("seeddb");
        builder.AddStartupSeed<SeedProbeDb, ReferenceSeed>();
        builder.AddStartupSeed<SeedProbeDb, DemoSeed>();
        builder.AddStartupSeed<SeedProbeDb, WaitingDemoSeed>();
        return builder.Build();
    }

    public sealed class SeedProbeDb(DbContextOptions<SeedProbeDb> options) : DbContext(options);

    public sealed class ReferenceSeed : IStartupSeed
    {
        public int Attempts { get; private set; }

        public string Name => "probe-reference";

        public SeedKind Kind => SeedKind.Reference;

        public Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Assert.NotNull(services.GetRequiredService<SeedProbeDb>());
            Attempts++;
            return Task.FromResult(SeedOutcome.Done);
        }
    }

    public sealed class DemoSeed : IStartupSeed
    {
        public int Attempts { get; private set; }

        public string Name => "probe-demo";

        public SeedKind Kind => SeedKind.Demo;

        public Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Attempts++;
            return Task.FromResult(SeedOutcome.Done);
        }
    }

    /// <summary>Waits for "other services' data": not ready at start-up, ready at the next look.</summary>
    public sealed class WaitingDemoSeed : IStartupSeed
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public bool Done => Attempts >= 2;

        public string Name => "probe-waiting-demo";

        public SeedKind Kind => SeedKind.Demo;

        public Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            Task.FromResult(Interlocked.Increment(ref _attempts) >= 2 ? SeedOutcome.Done : SeedOutcome.NotReady);
    }
}
