using Microsoft.AspNetCore.HostFiltering;
using PartnershipHub.Identity.Security;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Identity.Extensions;

/// <summary>
/// The host filter answers 400 to a request for a host this service does not serve: the hosts in <c>AllowedHosts</c>
/// (appsettings: the loopback names the AppHost runs it under) plus those of the configured issuer, public URL and
/// discovery address. Links never come from the Host header anyway; this keeps the issuer of discovery and of tokens,
/// which follows the request when no issuer is configured, on a host the operator chose too.
/// </summary>
public static class ServedHosts
{
    public static IServiceCollection AddServedHosts(this IServiceCollection services, IConfiguration configuration, IdentitySettings settings)
    {
        var configured = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Uri?[] addresses = [settings.IssuerUri, settings.PublicUrl, .. DiscoveryAddresses(configuration)];
        services.PostConfigure<HostFilteringOptions>(options =>
        {
            // Runs after ASP.NET Core's own defaults, which read AllowedHosts (and make "*" of nothing).
            var allowed = options.AllowedHosts.Count > 0 ? [.. options.AllowedHosts] : configured;
            options.AllowedHosts = allowed.Length == 0 || allowed.Contains("*")
                ? ["*"]
                : [.. allowed.Concat(addresses.OfType<Uri>().Select(uri => uri.IdnHost)).Distinct(StringComparer.OrdinalIgnoreCase)];
        });
        return services;
    }

    /// <summary>Where the other services reach Identity (<c>services:identity:http:0</c> and the like), when this service is told.</summary>
    private static IEnumerable<Uri?> DiscoveryAddresses(IConfiguration configuration) =>
        configuration.GetSection($"services:{ResourceNames.Identity}").GetChildren()
            .SelectMany(scheme => scheme.GetChildren())
            .Select(endpoint => Uri.TryCreate(endpoint.Value, UriKind.Absolute, out var uri) ? uri : null);
}
