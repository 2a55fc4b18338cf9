using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Insights.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDatabaseAndMessaging<InsightsDbContext>(ResourceNames.Insights, ResourceNames.InsightsDb, bus =>
        {
            // Identity: a deactivated account's tokens are refused within seconds.
            bus.AddAccountRevocations();
            bus.AddInsightsConsumers();
        });

        builder.Services.AddInsightsFeatures();
        builder.AddStartupSeed<InsightsDbContext, DemoHistorySeed>();
        return builder;
    }
}
