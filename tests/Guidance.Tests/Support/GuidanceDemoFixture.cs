using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Support;

/// <summary>The service with <c>Seed:Demo=true</c> in Development: its background seeder waits for the demo students to arrive.</summary>
public sealed class GuidanceDemoFixture() : ServiceFixture<Program, GuidanceDbContext>(ResourceNames.GuidanceDb, ApiAudiences.Guidance), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await InDatabaseAsync(async db =>
        {
            await FrameworkSeed.EnsureAsync(db, DateTimeOffset.UtcNow, CancellationToken.None);
            return 0;
        });
    }

    protected override string EnvironmentName => "Development";

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Seed:Demo"] = "true";
        settings["Seed:WaitForCopies"] = "00:02:00";
        settings["Signals:SweepInterval"] = "00:00:00";
        settings["Logging:LogLevel:Default"] = "Warning";
    }
}
