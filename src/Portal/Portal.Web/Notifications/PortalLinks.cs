namespace PartnershipHub.Portal.Notifications;

/// <summary>Deep links from the Notifications service are portal paths; anything else (another site, <c>//host</c>) is not followed.</summary>
public static class PortalLinks
{
    public static bool IsPortalPath(string? link) =>
        link is { Length: > 1 } && link[0] == '/' && link[1] != '/' && link[1] != '\\' && !link.Contains(':', StringComparison.Ordinal);
}
