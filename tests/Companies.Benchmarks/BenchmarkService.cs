using System.Net;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Benchmarks;

/// <summary>
/// The Companies service on Kestrel at 127.0.0.1 (real sockets, real HTTP), against a fresh database on the local
/// PostgreSQL and a fresh RabbitMQ virtual host, both removed afterwards. It runs in this process.
/// </summary>
internal sealed class BenchmarkService : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly TestVirtualHost _broker;

    private BenchmarkService(TestDatabase database, TestVirtualHost broker, BenchmarkServiceFactory factory)
    {
        _database = database;
        _broker = broker;
        Factory = factory;
    }

    public BenchmarkServiceFactory Factory { get; }

    public string DatabaseConnectionString => _database.ConnectionString;

    public static async Task<BenchmarkService> StartAsync()
    {
        var database = await TestDatabase.CreateAsync("bench_" + ResourceNames.CompaniesDb);
        var broker = await TestVirtualHost.CreateAsync("bench-companies");
        var factory = new BenchmarkServiceFactory(ResourceNames.CompaniesDb, ApiAudiences.Companies, database.ConnectionString, broker.ConnectionString);
        factory.Settings["Database:MigrateOnStartup"] = "true";
        // Per-request information logs would measure the console, not the service.
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        if (Environment.GetEnvironmentVariable("BENCH_SQL") is not null)
        {
            // BENCH_SQL=1 prints every SQL statement the service runs, to read plans from.
            factory.Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new BenchmarkService(database, broker, factory);
    }

    public HttpClient CreateClient(string token)
    {
        var client = Factory.CreateClient(token);
        client.Timeout = TimeSpan.FromMinutes(5);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }
}
