using PartnershipHub.Insights.Features.Dashboard;
using PartnershipHub.Insights.Features.Surveys;

namespace PartnershipHub.Insights.Extensions;

/// <summary>The services behind the dashboard and the surveys, and their endpoints.</summary>
internal static class FeaturesRegistration
{
    public static IServiceCollection AddInsightsFeatures(this IServiceCollection services)
    {
        services.AddSurveys();
        services.AddDashboard();
        return services;
    }

    public static WebApplication MapInsightsEndpoints(this WebApplication app)
    {
        app.MapSurveysApi();
        app.MapDashboardApi();
        return app;
    }
}
