namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A persisted RSA key, so tokens survive a restart and every replica signs with the same key. <see cref="Use"/>
/// is <c>sig</c> (signs access and identity tokens, published in the JWKS) or <c>enc</c> (protects the server's own
/// codes and refresh tokens).
/// </summary>
public sealed class SigningKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; set; }

    public string Use { get; set; } = Signing;

    /// <summary>The private key as PKCS#8 PEM. The database is the secret store, as for password hashes.</summary>
    public string PrivateKeyPem { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
