using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Internships.Infrastructure;
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
        Assert.DoesNotContain(fixture.Factory.Services.GetServices<IHostedService>(), s => s.GetType().Name == "DemoSeeder");
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
