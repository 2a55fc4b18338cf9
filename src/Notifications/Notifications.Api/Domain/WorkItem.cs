namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// Something a person must do (sign, approve, confirm, answer, review). It stays open until the act it asks for happens
/// (an event closes it) or a person closes it with a reason; past <see cref="DueAt"/> it escalates to the next person
/// instead of closing silently. Unique per (<see cref="Kind"/>, <see cref="SubjectKey"/>, recipient): the same event
/// twice opens it once.
/// </summary>
public sealed class WorkItem
{
    public Guid Id { get; set; }

    public NotificationKind Kind { get; set; }

    public RecipientKind RecipientKind { get; set; }

    public Guid RecipientId { get; set; }

    /// <summary>What the item is about, stable across events: e.g. <c>assignment:{id}</c>, <c>hours:{placementId}:{week}</c>.</summary>
    public string SubjectKey { get; set; } = "";

    public Guid? StudentId { get; set; }

    public Guid? PlacementId { get; set; }

    public Guid? CompanyId { get; set; }

    public bool Urgent { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The portal path that shows the exact screen (relative, e.g. <c>/trainer/students/{id}/hours</c>).</summary>
    public string Link { get; set; } = "";

    /// <summary>The values the texts need (student name, title, week, count ...): plain strings, never free text people wrote.</summary>
    public Dictionary<string, string> Parameters { get; set; } = [];

    /// <summary>0 while with the first recipient; 1 after escalating to the next person.</summary>
    public int EscalationLevel { get; set; }

    public RecipientKind? EscalatedToKind { get; set; }

    public Guid? EscalatedToId { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Who closed it: <c>event:&lt;EventName&gt;</c> for the act itself, or the user's subject id when closed by hand.</summary>
    public string? ClosedBy { get; set; }

    public string? CloseReason { get; set; }

    public bool IsOpen => ClosedAt is null;
}
