using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Notifications;

/// <summary>
/// The unread count of the signed-in person, one per circuit: the bell shows it, and the notifications page refreshes it
/// after marking something read, so the bell never lags behind the list.
/// </summary>
public sealed class UnreadNotifications(NotificationsApi notifications)
{
    /// <summary>Null until known, and while the service cannot be reached (the bell then shows no number rather than a wrong one).</summary>
    public int? Count { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var result = await notifications.UnreadCountAsync(cancellationToken);
        var count = result.Value?.Unread;
        if (count != Count)
        {
            Count = count;
            Changed?.Invoke();
        }
    }
}
