using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace PartnershipHub.Persistence;

public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Applies the service's EF migrations at start-up when <c>Database:MigrateOnStartup</c> is true
    /// (the AppHost sets it); replicas starting together take turns.
    /// </summary>
    public static async Task MigrateDatabaseIfConfiguredAsync<TDbContext>(this IHost app) where TDbContext : DbContext
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue("Database:MigrateOnStartup", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TDbContext>().Database;
        // Created first when missing: EF's migrator would find that out by failing to connect, which it logs as an error.
        var creator = database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
        {
            try
            {
                await creator.CreateAsync();
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another replica created it a moment earlier.
            }
        }

        // Replicas starting together would otherwise both apply the same migration, and one would fail ("relation
        // already exists"). EF's history table is made first for the same reason as the database: the migrator would
        // find it missing by querying it, and log the failed query as an error.
        await ReplicaLock.RunAsync(database.GetConnectionString()!, "ef-migrations", async () =>
        {
            await database.ExecuteSqlRawAsync(database.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
            await database.MigrateAsync();
        });
    }
}
