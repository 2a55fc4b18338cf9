namespace PartnershipHub.Notifications.Domain;

public enum MailState
{
    /// <summary>Waits for the person's digest (or, when urgent, for the next send outside quiet hours).</summary>
    Pending,

    /// <summary>Put in a mail (<see cref="Notification.MailId"/>).</summary>
    Queued,

    /// <summary>Not mailed: the person opted out of this kind, has no address, or the item closed before the mail went.</summary>
    Skipped,
}
