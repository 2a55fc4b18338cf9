using PartnershipHub.Insights.Features.Dashboard;

namespace PartnershipHub.Insights.Extensions;

/// <summary>The services behind the dashboard and the surveys, and their endpoints.</summary>
internal static class FeaturesRegistration
{
    public static IServiceCollection AddInsightsFeatures(this IServiceCollection services)
    {
        services.AddDashboard();
        return services;
    }

    public static WebApplication MapInsightsEndpoints(this WebApplication app)
    {
        app.MapDashboardApi();
        return app;
    }
}
