namespace PartnershipHub.Identity.Security;

/// <summary>The clients seeded at start-up (<c>Identity:Clients</c>).</summary>
public sealed class ClientSettings
{
    public PortalClientSettings Portal { get; set; } = new();

    /// <summary>The secret of the confidential <c>services</c> client; without it that client is not registered.</summary>
    public string? ServicesSecret { get; set; }
}
