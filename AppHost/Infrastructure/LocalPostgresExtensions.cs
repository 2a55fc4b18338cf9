using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PartnershipHub.AppHost.Infrastructure;

internal static class LocalPostgresExtensions
{
    /// <summary>
    /// PostgreSQL as a process: data under <c>DataDirectory/postgres</c>, on 127.0.0.1 at <c>Ports:Postgres</c>, healthy
    /// once it accepts a query; its databases are created as soon as it is ready.
    /// </summary>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, SystemSettings settings)
    {
        var server = new LocalPostgresServerResource(name, builder.AppHostDirectory, settings.Ports.Postgres);
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(server.AdminConnectionString, name: healthCheck);
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, (@event, cancellationToken) =>
            CreateDatabasesAsync(server, @event.Services, cancellationToken));

        var port = settings.Ports.Postgres;
        return builder.AddResource(server)
            .WithArgs(
                Path.Combine(builder.AppHostDirectory, "Processes", "postgres.sh"),
                Path.Combine(settings.DataDirectory, "postgres"),
                port.ToString(CultureInfo.InvariantCulture),
                settings.PostgresBinDirectory)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalPostgresServerResource.EndpointName, isProxied: false)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    /// <summary>A service's database; healthy (and so ready for <c>WaitFor</c>) once it exists and takes a query.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalDatabase(
        this IResourceBuilder<LocalPostgresServerResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);
        var healthCheck = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(database.ConnectionString, name: healthCheck);
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
                Relationships = [new RelationshipSnapshot(server.Resource.Name, "Parent")],
            })
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    private static async Task CreateDatabasesAsync(
        LocalPostgresServerResource server, IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // Identifiers cannot be parameters; the names are the AppHost's own constants (ResourceNames).
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
                logger.LogInformation("Created database {Database}", database.DatabaseName);
            }

            // Running from here on: its health check (a query in it) and WaitFor take over.
            await notifications.PublishUpdateAsync(database, snapshot => snapshot with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
    }
}
