using PartnershipHub.Insights.Features.PersonalData;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>The end-of-placement survey: answering it, a company's results, and the student's export of their answers.</summary>
public static class SurveysRegistration
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyCalendar>();
        return services;
    }

    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        app.MapSurveysEndpoints();
        app.MapSurveyResultsEndpoints();
        app.MapPersonalDataApi();
        return app;
    }
}
