using System.Security.Cryptography;
using System.Text;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A one-time sign-in by e-mail: a six-digit code to type and a link to follow, both for the same issue. Only hashes
/// are stored (the code's salted with the row's id, so equal codes do not hash alike). It works for
/// <see cref="Validity"/>, once, and dies after <see cref="MaxWrongAttempts"/> wrong codes or when a newer one is issued.
/// </summary>
public sealed class SignInCode
{
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(10);

    public const int MaxWrongAttempts = 5;

    /// <summary>Codes one account may be sent per <see cref="IssueWindow"/>; more would turn the mailbox into a guessing budget.</summary>
    public const int MaxIssuesPerWindow = 5;

    public static readonly TimeSpan IssueWindow = TimeSpan.FromHours(1);

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string CodeHash { get; private set; } = "";

    public string LinkTokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? ReplacedAt { get; private set; }

    public int WrongAttempts { get; private set; }

    /// <summary>A new code with the secrets for its mail (shown once): the six digits and the link's token.</summary>
    public static (SignInCode Code, string Digits, string LinkToken) Issue(Guid userId, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var digits = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var linkToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var code = new SignInCode
        {
            Id = id,
            UserId = userId,
            CodeHash = HashCode(id, digits),
            LinkTokenHash = MailedLink.Hash(linkToken),
            CreatedAt = now,
            ExpiresAt = now + Validity,
        };
        return (code, digits, linkToken);
    }

    public static string HashCode(Guid id, string digits) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}:{digits}")));

    public bool IsOpenAt(DateTimeOffset now) =>
        UsedAt is null && ReplacedAt is null && WrongAttempts < MaxWrongAttempts && now < ExpiresAt;

    /// <summary>Checks typed digits; a right code is used up, a wrong one counts towards the limit. Answers whether it signs in.</summary>
    public bool TryRedeemDigits(string digits, DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            return false;
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(HashCode(Id, digits)), Encoding.ASCII.GetBytes(CodeHash));
        if (!matches)
        {
            WrongAttempts++;
            return false;
        }

        UsedAt = now;
        return true;
    }

    /// <summary>The mailed link was confirmed; the row was found by the link's hash, so only its state is checked.</summary>
    public bool TryRedeemLink(DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            return false;
        }

        UsedAt = now;
        return true;
    }

    /// <summary>A newer code was sent: this one stops working even if it has not expired yet.</summary>
    public void Replace(DateTimeOffset now)
    {
        if (UsedAt is null && ReplacedAt is null)
        {
            ReplacedAt = now;
        }
    }
}
