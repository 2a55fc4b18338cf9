using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Companies.Extensions;

public static class SeedExtensions
{
    /// <summary>Adds the demo companies when <see cref="DemoData"/> asks for them (Development only); safe to run at every start.</summary>
    public static async Task SeedDemoDataIfConfiguredAsync(this WebApplication app)
    {
        if (!DemoData.IsRequested(app.Configuration, app.Environment))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<CompaniesDbContext>().Database.GetConnectionString()!;
        // Replicas starting together would both add the same companies.
        await ReplicaLock.RunAsync(connectionString, "companies-demo-seed",
            () => scope.ServiceProvider.GetRequiredService<CompaniesSeed>().SeedAsync());
    }
}
