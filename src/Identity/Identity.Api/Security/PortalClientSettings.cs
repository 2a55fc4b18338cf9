namespace PartnershipHub.Identity.Security;

public sealed class PortalClientSettings
{
    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    public IReadOnlyList<Uri> EffectiveRedirectUris => RedirectUris.Count > 0
        ? RedirectUris
        : [new("http://127.0.0.1:5100/signin-oidc"), new("http://localhost:5100/signin-oidc")];

    public IReadOnlyList<Uri> EffectivePostLogoutRedirectUris => PostLogoutRedirectUris.Count > 0
        ? PostLogoutRedirectUris
        : [new("http://127.0.0.1:5100/signout-callback-oidc"), new("http://localhost:5100/signout-callback-oidc")];
}
