using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PartnershipHub.ServiceDefaults;

/// <summary>
/// Every API request ends: after <c>Http:RequestTimeout</c> (default 30 s; imports and matching runs
/// <c>Http:LongRequestTimeout</c>, default 5 min) the request's cancellation token fires, which stops its database
/// commands and rolls back its transaction, and the caller gets a 504 problem instead of waiting on a connection that
/// may never answer. Without it one stuck statement held a request, and its pooled connection, for good.
/// Only the APIs use it: the portal's interactive circuit is one long request by design.
/// </summary>
public static class RequestTimeouts
{
    /// <summary>The policy for endpoints that legitimately take long: bulk imports, a matching run.</summary>
    public const string LongRunning = "long-running";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultLongTimeout = TimeSpan.FromMinutes(5);

    internal static IHostApplicationBuilder AddDefaultRequestTimeouts(this IHostApplicationBuilder builder)
    {
        var timeout = builder.Configuration.GetValue("Http:RequestTimeout", DefaultTimeout);
        var longTimeout = builder.Configuration.GetValue("Http:LongRequestTimeout", DefaultLongTimeout);
        builder.Services.AddRequestTimeouts(options =>
        {
            options.DefaultPolicy = Policy(timeout);
            options.AddPolicy(LongRunning, Policy(longTimeout));
        });
        return builder;
    }

    /// <summary>Applies the timeouts to the service's endpoints; call it in an API's pipeline, before mapping them.</summary>
    public static WebApplication UseApiRequestTimeouts(this WebApplication app)
    {
        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>Gives an endpoint (or group) the long-running timeout instead of the default one.</summary>
    public static TBuilder WithLongRunningTimeout<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithRequestTimeout(LongRunning);
        return builder;
    }

    private static RequestTimeoutPolicy Policy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => WriteProblemAsync(context, timeout),
    };

    private static async Task WriteProblemAsync(HttpContext context, TimeSpan timeout)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status504GatewayTimeout,
                Title = "The request took too long and was stopped",
                Detail = $"It did not finish within {timeout.TotalSeconds:0} seconds. What it had not saved yet was rolled back; reload to check before trying again. If this keeps happening, the service or its database needs attention.",
                Type = "https://httpwg.org/specs/rfc9110.html#status.504",
            },
        });
    }
}
