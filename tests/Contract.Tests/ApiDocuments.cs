extern alias companies;
extern alias guidance;
extern alias identity;
extern alias insights;
extern alias internships;
extern alias notifications;
extern alias students;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.OpenApi;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Contract.Tests;

/// <summary>
/// The seven APIs hosted in memory (each on its own database, all on one broker virtual host) long enough to fetch the
/// OpenAPI document each serves, as the AppHost would start them. The documents are kept; the hosts are not needed
/// afterwards and are stopped at the end.
/// </summary>
public sealed class ApiDocuments : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _resources = [];
    private readonly Dictionary<string, OpenApiDocument> _documents = [];

    /// <summary>The document of one API, by the service-discovery name the portal calls it under (<see cref="ResourceNames"/>).</summary>
    public OpenApiDocument For(string service) =>
        _documents.TryGetValue(service, out var document) ? document : throw new KeyNotFoundException($"No document for '{service}'.");

    public async Task InitializeAsync()
    {
        var broker = await TestVirtualHost.CreateAsync("contract");
        _resources.Add(broker);
        var documents = await Task.WhenAll(
            FetchAsync<students::Program>(ResourceNames.Students, ResourceNames.StudentsDb, ApiAudiences.Students, broker),
            FetchAsync<companies::Program>(ResourceNames.Companies, ResourceNames.CompaniesDb, ApiAudiences.Companies, broker),
            FetchAsync<internships::Program>(ResourceNames.Internships, ResourceNames.InternshipsDb, ApiAudiences.Internships, broker),
            FetchAsync<guidance::Program>(ResourceNames.Guidance, ResourceNames.GuidanceDb, ApiAudiences.Guidance, broker),
            FetchAsync<notifications::Program>(ResourceNames.Notifications, ResourceNames.NotificationsDb, ApiAudiences.Notifications, broker,
                ("Notifications:Scheduler:Enabled", "false"),
                ("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "ph-contract-mail", Guid.NewGuid().ToString("N")))),
            FetchAsync<insights::Program>(ResourceNames.Insights, ResourceNames.InsightsDb, ApiAudiences.Insights, broker),
            FetchAsync<identity::Program>(ResourceNames.Identity, ResourceNames.IdentityDb, ApiAudiences.Identity, broker,
                ("Identity:Clients:ServicesSecret", "contract-services-secret"),
                ("Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "ph-contract-mail", Guid.NewGuid().ToString("N")))));
        foreach (var document in documents)
        {
            _documents[document.Service] = document;
        }
    }

    private async Task<OpenApiDocument> FetchAsync<TProgram>(
        string service, string databaseName, string audience, TestVirtualHost broker, params (string Key, string? Value)[] settings)
        where TProgram : class
    {
        var database = await TestDatabase.CreateAsync(databaseName);
        lock (_resources)
        {
            _resources.Add(database);
        }

        var factory = new ServiceFactory<TProgram>(databaseName, audience, database.ConnectionString, broker.ConnectionString);
        // Migrated at start-up as the AppHost runs it (Identity's token handling reads its tables on every request);
        // no demo data (Testing environment): the document needs none.
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            factory.Settings[key] = value;
        }

        lock (_resources)
        {
            _resources.Add(factory);
        }

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(OpenApiDocuments.Path);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync();
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException($"{service}: the document is not a JSON object.");
        return new OpenApiDocument(service, root);
    }

    public async Task DisposeAsync()
    {
        // Hosts first, then their databases, then the virtual host they shared.
        foreach (var resource in Enumerable.Reverse(_resources).OrderBy(r => r is TestVirtualHost).ThenBy(r => r is TestDatabase))
        {
            await resource.DisposeAsync();
        }
    }
}
