using PartnershipHub.Identity.Features.Recovery;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Extensions;

public static class RecoveryServices
{
    /// <summary>"Forgot password" and the trusted proxies that tell the rate limits who the client is.</summary>
    public static IServiceCollection AddRecovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecoverySettings>().Bind(configuration.GetSection(RecoverySettings.SectionName));
        services.AddScoped<PasswordResetSender>();
        services.AddTrustedProxies(configuration);
        return services;
    }
}
