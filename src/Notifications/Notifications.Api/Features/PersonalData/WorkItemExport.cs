using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>
/// A work item about the student (or asking the student to act), whoever it is for: its text in the student's language,
/// when it was due, whether it escalated and to whom, and how it closed (the act itself, or a person with a reason).
/// </summary>
public sealed record WorkItemExport(
    Guid Id,
    NotificationKind Kind,
    string Title,
    string Body,
    RecipientKind RecipientKind,
    Guid RecipientId,
    Guid? PlacementId,
    Guid? CompanyId,
    string Link,
    IReadOnlyDictionary<string, string> Parameters,
    bool Urgent,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    int EscalationLevel,
    RecipientKind? EscalatedToKind,
    Guid? EscalatedToId,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? CloseReason)
{
    public static WorkItemExport From(WorkItem w, string language)
    {
        var (title, body) = NotificationTexts.Render(w.Kind, w.Parameters, language, escalated: false);
        return new(w.Id, w.Kind, title, body, w.RecipientKind, w.RecipientId, w.PlacementId, w.CompanyId, w.Link, NotificationExport.Sorted(w.Parameters),
            w.Urgent, w.OpenedAt, w.DueAt, w.EscalationLevel, w.EscalatedToKind, w.EscalatedToId, w.EscalatedAt, w.ClosedAt, w.ClosedBy, w.CloseReason);
    }
}
