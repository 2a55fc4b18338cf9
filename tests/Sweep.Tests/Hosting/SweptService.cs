using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipHub.Testing;

namespace PartnershipHub.Sweep.Tests.Hosting;

/// <summary>One API hosted in memory for the sweep: its own database, the shared virtual host, the real pipeline.</summary>
public sealed class SweptService : IAsyncDisposable
{
    private readonly IAsyncDisposable _factory;

    private SweptService(string name, string audience, TestDatabase database, IAsyncDisposable factory, IServiceProvider services, HttpClient client)
    {
        Name = name;
        Audience = audience;
        Database = database;
        _factory = factory;
        Services = services;
        Client = client;
    }

    /// <summary>The service's resource name (students, companies, …), as failures are reported under.</summary>
    public string Name { get; }

    public string Audience { get; }

    public TestDatabase Database { get; }

    public IServiceProvider Services { get; }

    /// <summary>How the service reads and writes JSON (its enum spelling), so generated bodies are spelled its way.</summary>
    public JsonSerializerOptions JsonOptions => Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    /// <summary>Follows no redirects, so a cell sees the status the endpoint answered; tokens go on each request.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// Starts the API whose assembly holds <typeparamref name="TEntryPoint"/> (each API has its own global Program, so
    /// a public type of the assembly names it), migrated and seeded at start-up like the AppHost runs it.
    /// </summary>
    public static async Task<SweptService> StartAsync<TEntryPoint>(
        string name, string databaseName, string audience, string brokerConnectionString, IReadOnlyDictionary<string, string?> settings)
        where TEntryPoint : class
    {
        var database = await TestDatabase.CreateAsync(databaseName);
        var factory = new ServiceFactory<TEntryPoint>(databaseName, audience, database.ConnectionString, brokerConnectionString);
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return new SweptService(name, audience, database, factory, factory.Services, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
