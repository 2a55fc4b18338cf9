using PartnershipHub.Companies.Infrastructure;

namespace PartnershipHub.Companies.Extensions;

public static class SeedExtensions
{
    /// <summary>Adds the demo companies when <c>Seed:Demo</c> is true (scripts/run.sh sets it); safe to run at every start.</summary>
    public static async Task SeedDemoDataIfConfiguredAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Seed:Demo", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CompaniesSeed>().SeedAsync();
    }
}
