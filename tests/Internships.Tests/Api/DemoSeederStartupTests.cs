using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Persistence.Seeding;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

public sealed class DemoSeederStartupTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    [Fact]
    public async Task With_the_demo_seed_on_the_service_starts_healthy_while_the_seeder_waits_in_the_background()
    {
        var client = fixture.Factory.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync());
        // The demo seed is a start-up seed of kind Demo; the seed runner asks it again in the background until the copies are there.
        Assert.Contains(fixture.Factory.Services.GetServices<IStartupSeed>(), s => s is InternshipsSeed { Kind: SeedKind.Demo });
        Assert.Contains(fixture.Factory.Services.GetServices<IHostedService>(), s => s.GetType().Name.StartsWith("SeedRunner", StringComparison.Ordinal));
        Assert.False(await fixture.InDatabaseAsync(db => Task.FromResult(db.MatchingRuns.Any())));
    }
}
