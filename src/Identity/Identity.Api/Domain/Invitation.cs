using System.Security.Cryptography;
using System.Text;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A single-use link that lets an invited person set a password. Only a hash of the secret is stored, so a
/// database leak does not hand out accounts; the link works for <see cref="Validity"/> and once.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? ReplacedAt { get; private set; }

    /// <summary>A new invitation and the secret for its link (shown once, in the mail).</summary>
    public static (Invitation Invitation, string Token) Issue(Guid userId, DateTimeOffset now)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Validity,
        };
        return (invitation, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public InvitationState StateAt(DateTimeOffset now) => this switch
    {
        { UsedAt: not null } => InvitationState.Used,
        { ReplacedAt: not null } => InvitationState.Replaced,
        _ when now >= ExpiresAt => InvitationState.Expired,
        _ => InvitationState.Open,
    };

    public void Accept(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Open)
        {
            throw new InvalidOperationException($"The invitation is {state.ToString().ToLowerInvariant()}.");
        }

        UsedAt = now;
    }

    /// <summary>A fresh link was sent instead: this one stops working even if it has not expired yet.</summary>
    public void Replace(DateTimeOffset now)
    {
        if (UsedAt is null && ReplacedAt is null)
        {
            ReplacedAt = now;
        }
    }

    /// <summary>Only an expired or replaced link may ask for a fresh one; a used link means the account exists.</summary>
    public bool MayBeRenewed(DateTimeOffset now) => StateAt(now) is InvitationState.Expired or InvitationState.Replaced;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
