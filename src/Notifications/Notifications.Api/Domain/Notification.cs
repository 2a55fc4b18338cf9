namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// One line in a person's inbox (the bell) and, unless they opted out, in an e-mail. Created once per
/// (recipient, <see cref="DedupeKey"/>), so a repeated event or a rerun of a scheduled job adds nothing.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public RecipientKind RecipientKind { get; set; }

    public Guid RecipientId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>e.g. <c>item:{workItemId}:open</c>, <c>item:{workItemId}:escalated</c>.</summary>
    public string DedupeKey { get; set; } = "";

    public Guid? WorkItemId { get; set; }

    public Guid? StudentId { get; set; }

    public Guid? CompanyId { get; set; }

    public bool Urgent { get; set; }

    /// <summary>The item reached this person by escalation (someone else did not act in time).</summary>
    public bool Escalated { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public string Link { get; set; } = "";

    public Dictionary<string, string> Parameters { get; set; } = [];

    public MailState MailState { get; set; }

    /// <summary>The mail that carried it (a digest or an urgent mail).</summary>
    public Guid? MailId { get; set; }
}
