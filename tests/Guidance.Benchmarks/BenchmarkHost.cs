using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>The real service (WebApplicationFactory, in this process) on a fresh database and virtual host, dropped afterwards.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private BenchmarkHost(TestDatabase? database, TestVirtualHost broker, ServiceFactory<Program> factory)
    {
        Database = database;
        Broker = broker;
        Factory = factory;
    }

    /// <summary>The throw-away database; null when a kept one (<c>GUIDANCE_BENCH_DATABASE</c>) is used.</summary>
    public TestDatabase? Database { get; }

    public TestVirtualHost Broker { get; }

    public ServiceFactory<Program> Factory { get; }

    /// <param name="keptDatabase">A database to seed once and reuse in later runs (kept afterwards); null for a fresh one, dropped afterwards.</param>
    public static async Task<BenchmarkHost> StartAsync(string? keptDatabase)
    {
        var database = keptDatabase is null ? await TestDatabase.CreateAsync(ResourceNames.GuidanceDb) : null;
        var connectionString = database?.ConnectionString ?? await EnsureDatabaseAsync(keptDatabase!);
        var broker = await TestVirtualHost.CreateAsync(ResourceNames.GuidanceDb);
        var factory = new ServiceFactory<Program>(ResourceNames.GuidanceDb, ApiAudiences.Guidance, connectionString, broker.ConnectionString);
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
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    private static async Task<string> EnsureDatabaseAsync(string name)
    {
        var servers = await TestServers.GetAsync();
        await using var connection = new NpgsqlConnection(servers.PostgresAdmin);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(servers.PostgresAdmin) { Database = name }.ConnectionString;
    }
}
