namespace PartnershipHub.Identity.Security;

/// <summary>
/// <c>ReverseProxy</c>: the proxies whose <c>X-Forwarded-For</c> (and <c>X-Forwarded-Proto</c>) are believed. Nothing
/// configured: the connection's address is the client, and forwarded headers are ignored.
/// </summary>
public sealed class ReverseProxySettings
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Single proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Whole proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> TrustedNetworks { get; set; } = [];

    /// <summary>How many proxies deep to follow <c>X-Forwarded-For</c>; each hop must be trusted.</summary>
    public int ForwardLimit { get; set; } = 1;
}
