using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests;

/// <summary>The Insights service on its own database and virtual host, for one test class.</summary>
public class InsightsApiFixture() : ServiceFixture<Program, InsightsDbContext>(ResourceNames.InsightsDb, ApiAudiences.Insights)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Messaging:PollInterval"] = "00:00:00.200";
    }
}
