using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Testing;

namespace PartnershipHub.Students.Benchmarks;

/// <summary>The real service (WebApplicationFactory, in this process) on a fresh database and virtual host, dropped afterwards.</summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    public const string Audience = "students-api";

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
        var database = await TestDatabase.CreateAsync(ResourceNames.StudentsDb);
        var broker = await TestVirtualHost.CreateAsync(ResourceNames.StudentsDb);
        var factory = new ServiceFactory<Program>(ResourceNames.StudentsDb, Audience, database.ConnectionString, broker.ConnectionString);
        // Benchmarks measure the service, not its request logging.
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudentsDbContext>();
        await db.Database.MigrateAsync();
        // The generated export's mentors, as Identity would have announced them: the import accepts only active mentors.
        db.StaffMembers.AddRange(CsvGenerator.Mentors.Select((staffId, i) => StaffMemberCopy.From(new StaffMemberChanged(
            staffId, staffId, $"Benchmark Mentor {i + 1}", $"mentor{i + 1}@bench.test", [Roles.Mentor], true, "nl", DateTimeOffset.UtcNow, 1))));
        await db.SaveChangesAsync();
        return new BenchmarkHost(database, broker, factory);
    }

    public HttpClient Coordinator()
    {
        var client = Factory.CreateClient(TestTokens.Coordinator(Audience));
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    public async Task<T> InDatabaseAsync<T>(Func<StudentsDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StudentsDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
