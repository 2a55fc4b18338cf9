using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Extensions;

/// <summary>Guessing passwords and hammering the token endpoint both get slowed down per client IP.</summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Token = "token";

    public static IServiceCollection AddIdentityRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = Settings(configuration, "RateLimiting:SignIn", defaultLimit: 20);
        var token = Settings(configuration, "RateLimiting:Token", defaultLimit: 3000);
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SignIn, context => PerClientIp(context, signIn));
            limiter.AddPolicy(Token, context => PerClientIp(context, token));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests.",
                    Detail = "Too many attempts from this address; wait a moment and try again.",
                }).ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    private static RateLimitPartition<string> PerClientIp(HttpContext context, RateLimitSettings settings) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 });

    private static RateLimitSettings Settings(IConfiguration configuration, string section, int defaultLimit)
    {
        var settings = configuration.GetSection(section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (settings.PermitLimit <= 0)
        {
            settings.PermitLimit = defaultLimit;
        }

        return settings;
    }
}
