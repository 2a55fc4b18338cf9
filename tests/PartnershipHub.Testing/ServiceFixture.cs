using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace PartnershipHub.Testing;

/// <summary>
/// One service under test for one test class (use it as an <c>IClassFixture</c>): its own database, migrated,
/// its own broker virtual host, and the service hosted in memory against both.
/// </summary>
public abstract class ServiceFixture<TProgram, TDbContext>(string databaseName, string audience) : IAsyncLifetime
    where TProgram : class
    where TDbContext : DbContext
{
    private ServiceFactory<TProgram>? _factory;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public ServiceFactory<TProgram> Factory => _factory ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public string Audience => audience;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(databaseName);
        Broker = await TestVirtualHost.CreateAsync(databaseName);
        _factory = new ServiceFactory<TProgram>(databaseName, audience, Database.ConnectionString, Broker.ConnectionString);
        _factory.EnvironmentName = EnvironmentName;
        Configure(_factory.Settings);

        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.MigrateAsync();
    }

    /// <summary>The service's environment; demo data is added only in "Development".</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Override to add service settings before the host starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public HttpClient CreateClient(string token) => Factory.CreateClient(token);

    /// <summary>Runs <paramref name="work"/> against the service's own database, for arranging and asserting state.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<TDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    /// <summary>A collector listening on this fixture's virtual host; start it before the action that publishes.</summary>
    public Task<EventCollector> CollectEventsAsync(Action<EventCollector> register)
    {
        var collector = new EventCollector();
        register(collector);
        return collector.StartAsync(Broker.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
