using System.Security.Cryptography;
using System.Text;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A secret link mailed to one account (an <see cref="Invitation"/>, a <see cref="PasswordReset"/>). Only a hash of the
/// secret is stored, so a database leak hands out no accounts; the link works until it expires, once, and only while
/// no newer link replaced it.
/// </summary>
public abstract class MailedLink
{
    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? ReplacedAt { get; private set; }

    /// <summary>What the link is called in an error (e.g. "invitation", "reset link").</summary>
    protected abstract string Name { get; }

    /// <summary>A new link of type <typeparamref name="TLink"/> and its secret (shown once, in the mail).</summary>
    protected static (TLink Link, string Token) Issue<TLink>(Guid userId, DateTimeOffset now, TimeSpan validity)
        where TLink : MailedLink, new()
    {
        var token = NewSecret();
        var link = new TLink
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + validity,
        };
        return (link, token);
    }

    /// <summary>256 random bits, URL-safe base64 without padding.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public InvitationState StateAt(DateTimeOffset now) => this switch
    {
        { UsedAt: not null } => InvitationState.Used,
        { ReplacedAt: not null } => InvitationState.Replaced,
        _ when now >= ExpiresAt => InvitationState.Expired,
        _ => InvitationState.Open,
    };

    /// <summary>Uses the link up; only an open link can be used.</summary>
    public void Use(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Open)
        {
            throw new InvalidOperationException($"The {Name} is {state.ToString().ToLowerInvariant()}.");
        }

        UsedAt = now;
    }

    /// <summary>A newer link was mailed, or the account got in another way: this one stops working even if it has not expired.</summary>
    public void Replace(DateTimeOffset now)
    {
        if (UsedAt is null && ReplacedAt is null)
        {
            ReplacedAt = now;
        }
    }
}
