using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.OpenApi;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every PartnershipHub service gets: telemetry, health, discovery, resilience, errors and auth.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Health checks tagged with this run only for <c>/alive</c>: the process is up.</summary>
    public const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        // Every SQL statement at Information buries what an operator needs; failures still log as errors.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddDefaultProblemDetails();
        builder.AddWireFormat();
        builder.AddInputValidation();
        builder.AddDefaultRequestTimeouts();
        builder.AddDefaultAuthentication();
        builder.Services.AddApiDocument();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        // Every unhealthy probe is an Error in the framework's log, also the orchestrator's probes while the service
        // is still starting; HealthTransitions logs what a change of health means instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical);
        builder.Services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.FromSeconds(2);
            options.Period = TimeSpan.FromSeconds(10);
        });
        builder.Services.AddSingleton<IHealthCheckPublisher, HealthTransitions>();
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: ready, every check (database and broker included) passes; <c>/alive</c>: the process answers.
    /// Both are anonymous and exist in every environment, because the orchestrator polls them; only an operator's token
    /// gets the per-check details of <c>/health</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseInputValidation();
        if (DemoData.IsAskedFor(app.Configuration) && !app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning("{Setting} is ignored in the {Environment} environment: demo accounts share a published password, so demo data is added only in Development.",
                DemoData.SettingKey, app.Environment.EnvironmentName);
        }

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        app.MapApiDocument();
        return app;
    }
}
