using System.Security.Cryptography;
using System.Text;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A single-use "forgot password" link. Like an <see cref="Invitation"/>, only a hash of the secret is stored; the link
/// works for <see cref="Validity"/>, once, and only while it is the newest one mailed to the account.
/// </summary>
public sealed class PasswordReset
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);

    /// <summary>How far back <see cref="MailedSince"/> counts mails for the per-account limit.</summary>
    public static readonly TimeSpan MailLimitWindow = TimeSpan.FromHours(1);

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? ReplacedAt { get; private set; }

    /// <summary>A new reset link and its secret (shown once, in the mail).</summary>
    public static (PasswordReset Reset, string Token) Issue(Guid userId, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var reset = new PasswordReset
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Validity,
        };
        return (reset, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The start of the window in which earlier mails count against the per-account limit.</summary>
    public static DateTimeOffset MailedSince(DateTimeOffset now) => now - MailLimitWindow;

    /// <summary>Reset links share the invitation's states: open, expired, used, replaced.</summary>
    public InvitationState StateAt(DateTimeOffset now) => this switch
    {
        { UsedAt: not null } => InvitationState.Used,
        { ReplacedAt: not null } => InvitationState.Replaced,
        _ when now >= ExpiresAt => InvitationState.Expired,
        _ => InvitationState.Open,
    };

    public void Use(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Open)
        {
            throw new InvalidOperationException($"The reset link is {state.ToString().ToLowerInvariant()}.");
        }

        UsedAt = now;
    }

    /// <summary>A newer link was mailed, or the password was changed another way: this one stops working.</summary>
    public void Replace(DateTimeOffset now)
    {
        if (UsedAt is null && ReplacedAt is null)
        {
            ReplacedAt = now;
        }
    }
}
