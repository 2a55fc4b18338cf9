using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Rules;

/// <summary>A work item a rule wants open for one recipient; the <see cref="Notifier"/> opens it once.</summary>
public sealed record WorkItemDraft(
    NotificationKind Kind,
    RecipientKind RecipientKind,
    Guid RecipientId,
    string SubjectKey,
    string Link,
    Dictionary<string, string> Parameters,
    DateTimeOffset? DueAt,
    Guid? StudentId = null,
    Guid? PlacementId = null,
    Guid? CompanyId = null,
    bool Urgent = false);
