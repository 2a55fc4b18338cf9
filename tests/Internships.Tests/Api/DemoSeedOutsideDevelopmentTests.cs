using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>The service asked for demo data outside Development: a stray setting in production adds nothing.</summary>
public sealed class DemoSeedOutsideDevelopmentTests(DemoSeedOutsideDevelopmentTests.ProductionFixture fixture)
    : IClassFixture<DemoSeedOutsideDevelopmentTests.ProductionFixture>
{
    [Fact]
    public async Task Seed_Demo_is_ignored_outside_Development()
    {
        var health = await fixture.Factory.CreateClient().GetAsync("/health");

        Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync());
        // The demo seed is of kind Demo, which the seed runner asks only in Development; nothing was seeded.
        Assert.Contains(fixture.Factory.Services.GetServices<IStartupSeed>(), s => s is InternshipsSeed { Kind: SeedKind.Demo });
        Assert.False(await fixture.InDatabaseAsync(db => Task.FromResult(db.MatchingRuns.Any())));
    }

    public sealed class ProductionFixture() : ServiceFixture<Program, InternshipsDbContext>(ResourceNames.InternshipsDb, ApiAudiences.Internships)
    {
        protected override string EnvironmentName => "Production";

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Seed:Demo"] = "true";
            settings["Logging:LogLevel:Default"] = "Warning";
        }
    }
}
