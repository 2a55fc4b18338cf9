using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests;

/// <summary>The service as the AppHost starts it in Development: migrations at start-up and <c>Seed:Demo=true</c>.</summary>
public sealed class DemoSeedFixture() : ServiceFixture<Program, CompaniesDbContext>(ResourceNames.CompaniesDb, ApiAudiences.Companies)
{
    protected override string EnvironmentName => "Development";

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Database:MigrateOnStartup"] = "true";
        settings[DemoData.SettingKey] = "true";
        settings["Logging:LogLevel:Default"] = "Warning";
    }
}
