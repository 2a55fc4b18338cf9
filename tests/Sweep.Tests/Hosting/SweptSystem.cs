using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Sweep.Tests.Running;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Sweep.Tests.Hosting;

/// <summary>
/// The seven APIs side by side on one broker virtual host, in Development with the demo seed, so the data the sweep
/// aims at (the demo accounts' own students, companies and placements, and other people's) is made by the services
/// themselves and reaches each other through their real events. The sweep runs once; every test reads its results.
/// </summary>
public sealed class SweptSystem : IAsyncLifetime
{
    private static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(6);

    private readonly string _mailDirectory = Path.Combine(Path.GetTempPath(), "ph-sweep-mail", Guid.NewGuid().ToString("N"));
    private TestVirtualHost? _broker;
    private Task<SweepResults>? _sweep;

    public IReadOnlyList<SweptService> Services { get; private set; } = [];

    /// <summary>Runs the sweep at the first call and answers its results at every call.</summary>
    public Task<SweepResults> SweepAsync() => _sweep ??= Sweeper.RunAsync(this, StartUp);

    /// <summary>How long the services took to start and seed.</summary>
    public TimeSpan StartUp { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _broker = await TestVirtualHost.CreateAsync("sweep");
        var broker = _broker.ConnectionString;
        Services = await Task.WhenAll(
            Task.Run(() => SweptService.StartAsync<StudentsDbContext>(ResourceNames.Students, ResourceNames.StudentsDb, ApiAudiences.Students, broker, Settings())),
            Task.Run(() => SweptService.StartAsync<CompaniesDbContext>(ResourceNames.Companies, ResourceNames.CompaniesDb, ApiAudiences.Companies, broker, Settings())),
            Task.Run(() => SweptService.StartAsync<InternshipsDbContext>(ResourceNames.Internships, ResourceNames.InternshipsDb, ApiAudiences.Internships, broker, Settings(
                ("Seed:WaitMinutes", "3")))),
            Task.Run(() => SweptService.StartAsync<GuidanceDbContext>(ResourceNames.Guidance, ResourceNames.GuidanceDb, ApiAudiences.Guidance, broker, Settings(
                ("Seed:WaitForCopies", "00:03:00"),
                // The time-based rules would write signals while the sweep compares databases.
                ("Signals:SweepInterval", "00:00:00")))),
            Task.Run(() => SweptService.StartAsync<NotificationsDbContext>(ResourceNames.Notifications, ResourceNames.NotificationsDb, ApiAudiences.Notifications, broker, Settings(
                // The scheduled jobs (due items, escalation, mail) would write while the sweep compares databases.
                ("Notifications:Scheduler:Enabled", "false"),
                ("Mail:PickupDirectory", _mailDirectory)))),
            Task.Run(() => SweptService.StartAsync<InsightsDbContext>(ResourceNames.Insights, ResourceNames.InsightsDb, ApiAudiences.Insights, broker, Settings())),
            Task.Run(() => SweptService.StartAsync<IdentityDbContext>(ResourceNames.Identity, ResourceNames.IdentityDb, ApiAudiences.Identity, broker, Settings(
                ("Mail:PickupDirectory", _mailDirectory),
                ("Identity:Clients:ServicesSecret", "sweep-services-secret"),
                ("RateLimiting:SignIn:PermitLimit", "100000"),
                ("RateLimiting:Token:PermitLimit", "100000")))));

        await WaitForDemoSeedAsync();
        await WaitUntilQuietAsync();
        StartUp = clock.Elapsed;
    }

    /// <summary>
    /// Waits until every service's seed runner (Persistence's <c>SeedRunner</c>: the seeds that wait for other services'
    /// events, Internships' and Guidance's demo data) has finished its work.
    /// </summary>
    private async Task WaitForDemoSeedAsync()
    {
        var seeders = Services
            .SelectMany(service => service.Services.GetServices<IHostedService>())
            .OfType<BackgroundService>()
            .Where(hosted => hosted.GetType().Name.StartsWith("SeedRunner", StringComparison.Ordinal) || hosted.GetType().Name.EndsWith("Seeder", StringComparison.Ordinal))
            .ToList();
        await Eventually.WaitUntilAsync(
            () => seeders.All(seeder => seeder.ExecuteTask?.IsCompleted ?? false),
            $"the demo seeders ({string.Join(", ", seeders.Select(s => s.GetType().Name))}) to finish",
            SeedTimeout);
    }

    /// <summary>Waits until no service has an unsent event and no database changes any more (consumers are done).</summary>
    public async Task WaitUntilQuietAsync()
    {
        string? before = null;
        await Eventually.WaitUntilAsync(async () =>
        {
            var unsent = 0L;
            var state = new List<string>();
            foreach (var service in Services)
            {
                unsent += await DatabaseFingerprint.UnsentEventsAsync(service.Database.ConnectionString);
                state.Add((await DatabaseFingerprint.TakeAsync(service.Database.ConnectionString, everything: true)).ToString());
            }

            var now = string.Join("|", state);
            var quiet = unsent == 0 && now == before;
            before = now;
            if (!quiet)
            {
                await Task.Delay(300);
            }

            return quiet;
        }, "every service's outbox to drain and its database to stop changing", SeedTimeout);
    }

    public SweptService Service(string name) => Services.Single(s => s.Name == name);

    private static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            // The demo seed runs only in Development (and is asked for); the sweep aims at the demo accounts' data.
            ["environment"] = Environments.Development,
            ["Seed:Demo"] = "true",
            ["Database:MigrateOnStartup"] = "true",
            ["Messaging:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Services)
        {
            await service.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (Directory.Exists(_mailDirectory))
        {
            Directory.Delete(_mailDirectory, recursive: true);
        }
    }
}
