namespace PartnershipHub.Messaging.Revocation;

/// <summary>An account Identity deactivated: its access tokens issued before <see cref="DeactivatedAt"/> are refused here.</summary>
public sealed class RevokedAccount(Guid userId, DateTimeOffset deactivatedAt)
{
    public Guid UserId { get; private set; } = userId;

    public DateTimeOffset DeactivatedAt { get; private set; } = deactivatedAt;

    /// <summary>A later deactivation (after a reactivation) moves the moment forward; a late, older event changes nothing.</summary>
    public void DeactivatedAgain(DateTimeOffset at)
    {
        if (at > DeactivatedAt)
        {
            DeactivatedAt = at;
        }
    }
}
