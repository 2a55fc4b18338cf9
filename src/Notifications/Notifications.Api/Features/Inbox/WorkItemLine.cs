using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>
/// One work item in the "to do" list. <see cref="Escalated"/>: it reached the caller by escalation (someone else did not
/// act in time); <see cref="RecipientName"/> is who it was first addressed to.
/// </summary>
public sealed record WorkItemLine(
    Guid Id,
    NotificationKind Kind,
    string Title,
    string Body,
    string Link,
    bool Urgent,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    bool Escalated,
    int EscalationLevel,
    string? RecipientName,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? CloseReason)
{
    public static WorkItemLine From(WorkItem item, bool reachedByEscalation, string? recipientName, string language)
    {
        var (title, body) = NotificationTexts.Render(item.Kind, item.Parameters, language, reachedByEscalation);
        return new WorkItemLine(item.Id, item.Kind, title, body, item.Link, item.Urgent, item.OpenedAt, item.DueAt,
            reachedByEscalation, item.EscalationLevel, recipientName, item.ClosedAt, item.ClosedBy, item.CloseReason);
    }
}
