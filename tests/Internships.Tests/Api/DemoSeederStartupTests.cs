using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Internships.Tests.Support;
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
        Assert.Contains(fixture.Factory.Services.GetServices<IHostedService>(), s => s.GetType().Name == "DemoSeeder");
        Assert.False(await fixture.InDatabaseAsync(db => Task.FromResult(db.MatchingRuns.Any())));
    }
}
