namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A passkey (WebAuthn public-key credential) a trainer registered. The authenticator keeps the private key; we keep
/// its public key and the last signature counter it reported, which must only grow (a copied key would fall behind).
/// </summary>
public sealed class PasskeyCredential
{
    public const int MaxNameLength = 100;

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public byte[] CredentialId { get; private set; } = [];

    /// <summary>The COSE-encoded public key as the authenticator gave it.</summary>
    public byte[] PublicKey { get; private set; } = [];

    public long SignCount { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public static PasskeyCredential Register(Guid userId, byte[] credentialId, byte[] publicKey, uint signCount, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        CredentialId = credentialId,
        PublicKey = publicKey,
        SignCount = signCount,
        Name = name,
        CreatedAt = now,
    };

    /// <summary>
    /// Records a verified sign-in. Authenticators that do not count report 0 every time; once a counter is seen it
    /// must grow, so a lower or equal value means a cloned authenticator (or a replay) and is refused.
    /// </summary>
    public bool TryRecordUse(uint reportedSignCount, DateTimeOffset now)
    {
        if ((reportedSignCount != 0 || SignCount != 0) && reportedSignCount <= SignCount)
        {
            return false;
        }

        SignCount = reportedSignCount;
        LastUsedAt = now;
        return true;
    }
}
