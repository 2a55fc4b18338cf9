using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PartnershipHub.Messaging;

public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Applies the service's EF migrations at start-up when <c>Database:MigrateOnStartup</c> is true
    /// (scripts/run.sh and the AppHost set it; EF takes a database lock, so replicas starting together are safe).
    /// </summary>
    public static async Task MigrateDatabaseIfConfiguredAsync<TDbContext>(this IHost app) where TDbContext : DbContext
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue("Database:MigrateOnStartup", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.MigrateAsync();
    }
}
