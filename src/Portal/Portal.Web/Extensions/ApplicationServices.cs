using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Auth;
using PartnershipHub.Portal.Growth;
using PartnershipHub.Portal.Insights;
using PartnershipHub.Portal.Localization;
using PartnershipHub.Portal.Notifications;
using PartnershipHub.Portal.PersonalData;
using PartnershipHub.Portal.StaffAdministration;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Extensions;

public static class ApplicationServices
{
    public static readonly CultureInfo[] Cultures = [.. PortalCultures.All];

    public static WebApplicationBuilder AddPortalServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.AddPortalAuthentication();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // Only the user's explicit choice (cookie) changes the language; Dutch otherwise, whatever the browser says.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddAntiforgery(options => options.Cookie.Name = "ph.portal.af");

        services.AddSingleton(new PortalSettings
        {
            RabbitMqManagementUrl = configuration["RabbitMq:ManagementUrl"],
            RabbitMqManagementUser = configuration["RabbitMq:ManagementUser"] ?? "guest",
            RabbitMqManagementPassword = configuration["RabbitMq:ManagementPassword"] ?? "guest",
            DashboardUrl = configuration["Dashboard:Url"],
        });

        // Base addresses are service names; ServiceDefaults' service discovery resolves them (services:<name>:http:0).
        foreach (var name in new[] { ResourceNames.Identity, ResourceNames.Students, ResourceNames.Companies, ResourceNames.Internships, ResourceNames.Guidance, ResourceNames.Notifications, ResourceNames.Insights })
        {
            services.AddHttpClient(name, client => client.BaseAddress = new Uri($"http://{name}"));
        }

        // An operator page must answer fast when a service is down: one short try, no retries.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way out of the defaults.
        services.AddHttpClient(ServiceHealthProbe.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(3)).RemoveAllResilienceHandlers();
        services.AddHttpClient(RabbitMqManagementClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5)).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddScoped<UserTokens>();
        services.AddScoped<StudentsApi>();
        services.AddScoped<CompaniesApi>();
        services.AddScoped<InternshipsApi>();
        services.AddScoped<GuidanceApi>();
        services.AddScoped<NotificationsApi>();
        services.AddScoped<InsightsApi>();
        services.AddScoped<SurveyFields>();
        services.AddScoped<InsightsExport>();
        services.AddScoped<UnreadNotifications>();
        services.AddScoped<NotificationFields>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<IdentityAdminApi>();
        services.AddScoped<StaffAccountFields>();
        services.AddScoped<StaffImportSentences>();
        services.AddScoped<ServiceHealthProbe>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<RabbitMqManagementClient>();
        services.AddScoped<ProblemSentences>();
        services.AddScoped<GrowthDocumentBuilder>();
        services.AddScoped<GrowthDocumentDownload>();
        return builder;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalComponents(this WebApplication app)
    {
        // The fallback policy (ServiceDefaults) requires a signed-in user everywhere; the framework's scripts and styles are public.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}
