using System.Buffers.Text;
using System.Security.Cryptography;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// The link a minor's parent or guardian signs the agreement through, without an account: one per placement. The token
/// (32 random bytes, base64url) is mailed and never stored; only its SHA-256 is. It works once, for
/// <see cref="Lifetime"/>; sending again replaces it (the old link stops working).
/// </summary>
public sealed class AgreementGuardianLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private AgreementGuardianLink()
    {
    }

    public Guid PlacementId { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The actor id of a signature made through this link (<c>guardian:&lt;id&gt;</c>); new with every send.</summary>
    public Guid LinkId { get; private set; }

    public string GuardianName { get; private set; } = "";

    public string GuardianEmail { get; private set; } = "";

    public byte[] TokenHash { get; private set; } = [];

    public DateTimeOffset SentAt { get; private set; }

    public string SentBy { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new link; the token to mail is returned, only its hash is kept.</summary>
    public static (AgreementGuardianLink Link, string Token) Issue(
        Guid placementId, Guid studentId, string guardianName, string guardianEmail, string sentBy, DateTimeOffset now)
    {
        var link = new AgreementGuardianLink { PlacementId = placementId, StudentId = studentId };
        return (link, link.Renew(guardianName, guardianEmail, sentBy, now));
    }

    /// <summary>Replaces the token (and whom it goes to): the previous link no longer works.</summary>
    public string Renew(string guardianName, string guardianEmail, string sentBy, DateTimeOffset now)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        LinkId = Guid.NewGuid();
        GuardianName = guardianName;
        GuardianEmail = guardianEmail;
        TokenHash = SHA256.HashData(secret);
        SentAt = now;
        SentBy = sentBy;
        ExpiresAt = now + Lifetime;
        UsedAt = null;
        return Base64Url.EncodeToString(secret);
    }

    /// <summary>The hash a presented token is looked up by; null when it cannot be a token at all.</summary>
    public static byte[]? HashOf(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        try
        {
            var secret = Base64Url.DecodeFromChars(token.Trim());
            return secret.Length == 32 ? SHA256.HashData(secret) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Refuses a link that was used or has expired (409, so the page can say which).</summary>
    public void RequireUsable(DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            throw new ConflictException("guardian-link-used", "This link has already been used to sign the agreement.");
        }

        if (now >= ExpiresAt)
        {
            throw new ConflictException("guardian-link-expired", "This link has expired; ask the school or the student to send a new one.");
        }
    }

    public void MarkUsed(DateTimeOffset now)
    {
        RequireUsable(now);
        UsedAt = now;
    }

    /// <summary>The student's erasure: the guardian's name and address go; the link stops working.</summary>
    public void Erase()
    {
        GuardianName = "";
        GuardianEmail = "";
        TokenHash = SHA256.HashData(RandomNumberGenerator.GetBytes(32));
        ExpiresAt = SentAt;
    }
}
