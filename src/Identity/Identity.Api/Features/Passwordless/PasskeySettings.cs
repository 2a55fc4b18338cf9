namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>The <c>Identity:Passkeys</c> section: who the passkeys are for (WebAuthn's relying party) and which pages may use them.</summary>
public sealed class PasskeySettings
{
    public const string SectionName = "Identity:Passkeys";

    /// <summary>
    /// The domain passkeys are bound to; by default the host of <c>Identity:PublicUrl</c> (or the issuer). WebAuthn
    /// refuses an IP address here, so a local run on http://127.0.0.1 needs <c>localhost</c>.
    /// </summary>
    public string? RelyingPartyId { get; set; }

    /// <summary>The name a phone shows when it offers the passkey.</summary>
    public string RelyingPartyName { get; set; } = "PartnershipHub";

    /// <summary>The page origins (scheme, host, port) allowed to use the passkeys; by default the origin of the public URL.</summary>
    public List<string> Origins { get; set; } = [];
}
