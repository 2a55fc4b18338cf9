using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Internships.Tests.Support;

/// <summary>The service as scripts/run.sh starts it (Development, <c>Seed:Demo=true</c>), with no demo data arriving.</summary>
public sealed class DemoSeedFixture() : ServiceFixture<Program, InternshipsDbContext>(ResourceNames.InternshipsDb, ApiAudiences.Internships)
{
    protected override string EnvironmentName => "Development";

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Seed:Demo"] = "true";
        settings["Logging:LogLevel:Default"] = "Warning";
    }
}
