using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>
/// The anonymous guardian endpoints, per client address (<c>RateLimiting:GuardianLinks</c>: <c>PermitLimit</c> per
/// <c>Window</c>, default 300 a minute). The portal calls them for every guardian, so the budget is generous; guessing a
/// 32-byte token is hopeless anyway: the limit keeps a flood off the database.
/// </summary>
public static class AgreementRateLimits
{
    public const string GuardianLinks = "guardian-links";

    public static IServiceCollection AddAgreementRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting:GuardianLinks");
        var limit = section.GetValue("PermitLimit", 300);
        var window = section.GetValue("Window", TimeSpan.FromMinutes(1));
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(GuardianLinks, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 }));
        });
    }
}
