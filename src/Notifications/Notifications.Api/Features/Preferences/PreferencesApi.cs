namespace PartnershipHub.Notifications.Features.Preferences;

/// <summary>A person's delivery choices: digest hour, immediate mail, quiet hours, muted kinds, language.</summary>
public static class PreferencesApi
{
    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app) => app;
}
