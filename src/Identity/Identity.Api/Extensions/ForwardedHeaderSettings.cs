using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Extensions;

/// <summary>
/// The client's real address, for rate limits and the audit log: <c>X-Forwarded-For</c> is believed only from the
/// proxies in <see cref="ReverseProxySettings"/>. ASP.NET Core trusts loopback by default; that default is dropped, so
/// with nothing configured the connection's own address is the client and a forged header changes nothing.
/// </summary>
public static class ForwardedHeaderSettings
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ReverseProxySettings.SectionName).Get<ReverseProxySettings>() ?? new ReverseProxySettings();
        var addresses = proxies.TrustedProxies.Select(value => ParseAddress(value)).ToList();
        var networks = proxies.TrustedNetworks.Select(value => ParseNetwork(value)).ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = Math.Max(1, proxies.ForwardLimit);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in addresses)
            {
                options.KnownProxies.Add(address);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
    }

    // A typo in a trusted proxy must stop start-up, not silently trust nobody (or everybody).
    private static IPAddress ParseAddress(string value) => IPAddress.TryParse(value.Trim(), out var address)
        ? address
        : throw new InvalidOperationException($"ReverseProxy:TrustedProxies: '{value}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) => System.Net.IPNetwork.TryParse(value.Trim(), out var network)
        ? network
        : throw new InvalidOperationException($"ReverseProxy:TrustedNetworks: '{value}' is not a network in CIDR notation (10.0.0.0/24).");
}
