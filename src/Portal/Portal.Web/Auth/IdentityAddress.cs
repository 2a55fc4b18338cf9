namespace PartnershipHub.Portal.Auth;

/// <summary>Where Identity's own pages are, for links that leave the portal (a trainer adding a passkey).</summary>
public sealed record IdentityAddress(Uri Authority)
{
    /// <summary>Identity's page where a signed-in trainer adds or removes a passkey.</summary>
    public string Passkeys => new Uri(Authority, "/account/passkeys").ToString();
}
