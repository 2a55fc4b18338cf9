namespace PartnershipHub.Identity.Security;

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class IdentitySettings
{
    public const string SectionName = "Identity";

    /// <summary>The public base URL tokens name as issuer; the request's own when empty.</summary>
    public Uri? IssuerUri { get; set; }

    /// <summary>Where mailed links (invitations, renewals) point; defaults to the issuer. Never taken from a request.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Allows plain HTTP (local runs without TLS); cookies are then secure only over HTTPS.</summary>
    public bool AllowHttp { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>After this long a new signing key is made at start-up; the old one stays published for as long again.</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromDays(90);

    public ClientSettings Clients { get; set; } = new();

    /// <summary>The base of every mailed link, ending in a slash so a path base (https://school.nl/identity) is kept.</summary>
    public Uri InvitationBaseUri => WithTrailingSlash(PublicUrl ?? IssuerUri ?? new Uri("http://127.0.0.1:5101/"));

    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
