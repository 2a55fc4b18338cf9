using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>The real service (WebApplicationFactory, in this process) on a fresh database and virtual host, dropped afterwards.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private BenchmarkHost(TestDatabase database, TestVirtualHost broker, ServiceFactory<Program> factory)
    {
        Database = database;
        Broker = broker;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public TestVirtualHost Broker { get; }

    public ServiceFactory<Program> Factory { get; }

    public static async Task<BenchmarkHost> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(ResourceNames.GuidanceDb);
        var broker = await TestVirtualHost.CreateAsync(ResourceNames.GuidanceDb);
        var factory = new ServiceFactory<Program>(ResourceNames.GuidanceDb, ApiAudiences.Guidance, database.ConnectionString, broker.ConnectionString);
        // Benchmarks measure the service, not its request logging; the sweep would compete with the measured requests.
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        factory.Settings["Signals:SweepInterval"] = "00:00:00";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuidanceDbContext>();
        await db.Database.MigrateAsync();
        await FrameworkSeed.EnsureAsync(db, DateTimeOffset.UtcNow, CancellationToken.None);
        return new BenchmarkHost(database, broker, factory);
    }

    public HttpClient Client(string token)
    {
        var client = Factory.CreateClient(token);
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    public async Task<T> InDatabaseAsync<T>(Func<GuidanceDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GuidanceDbContext>());
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
