using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Extensions;

/// <summary>
/// Per client address (after <see cref="ForwardedHeaderSettings"/>): a generous budget, since a school's NAT puts
/// hundreds of people on one address; the tight budget is per account (<see cref="AccountAttemptLimiter"/>).
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Token = "token";

    public static IServiceCollection AddIdentityRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = Settings(configuration, "RateLimiting:SignIn", defaultLimit: 600, defaultWindow: TimeSpan.FromMinutes(5));
        var token = Settings(configuration, "RateLimiting:Token", defaultLimit: 3000, defaultWindow: TimeSpan.FromMinutes(1));
        services.AddOptions<AccountAttemptSettings>().Bind(configuration.GetSection(AccountAttemptSettings.SectionName));
        services.AddSingleton<AccountAttemptLimiter>();
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SignIn, context => PerClientAddress(context, signIn));
            limiter.AddPolicy(Token, context => PerClientAddress(context, token));
            limiter.OnRejected = async (rejected, _) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                if (context.Request.Path.StartsWithSegments("/connect"))
                {
                    await OAuthError(context, retryAfter).ExecuteAsync(context);
                }
                else
                {
                    await TooManyAttemptsPage.Render(context, retryAfter).ExecuteAsync(context);
                }
            };
        });
    }

    /// <summary>
    /// What an OAuth client reads (<c>error</c>, <c>error_description</c>), as ProblemDetails so a generic HTTP client
    /// understands it too, with <c>Retry-After</c>.
    /// </summary>
    private static ProblemHttpResult OAuthError(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var description = $"Too many requests from this address; retry after {seconds} seconds.";
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = description,
            Extensions = { ["error"] = "temporarily_unavailable", ["error_description"] = description },
        });
    }

    private static RateLimitPartition<string> PerClientAddress(HttpContext context, RateLimitSettings settings) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 });

    private static RateLimitSettings Settings(IConfiguration configuration, string section, int defaultLimit, TimeSpan defaultWindow)
    {
        var configured = configuration.GetSection(section);
        var settings = configured.Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (settings.PermitLimit <= 0)
        {
            settings.PermitLimit = defaultLimit;
        }

        if (configured["Window"] is null)
        {
            settings.Window = defaultWindow;
        }

        return settings;
    }
}
