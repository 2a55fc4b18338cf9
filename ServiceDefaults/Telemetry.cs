using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

public static class TelemetryExtensions
{
    /// <summary>Activity sources and meters of the libraries we use that do not register themselves.</summary>
    // The components' sources (new in .NET 10) give a portal click its own span, so the API calls it makes, and the
    // events those publish, join one trace instead of starting traces of their own.
    private static readonly string[] LibrarySources =
        ["MassTransit", "Npgsql", "PartnershipHub.Messaging", "Microsoft.AspNetCore.Components"];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME (set by the AppHost to the resource's name) wins, so the dashboard ties telemetry to its
            // resource; without it the assembly name is the service name.
            .ConfigureResource(resource => resource.AddService(
                builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } serviceName ? serviceName : builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(LibrarySources)
                .AddMeter(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .SetSampler(new BackgroundCallSampler())
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(LibrarySources)
                // Health probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/alive");
                    // Every render acknowledgement of a portal circuit is a hub call: a trace each, none a person's action
                    // (the components' own spans cover clicks and navigation).
                    options.EnableAspNetCoreSignalRSupport = false;
                })
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
