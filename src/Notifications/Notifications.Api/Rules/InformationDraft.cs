using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Rules;

/// <summary>A notification that only tells (no work item); <see cref="DedupeKey"/> comes from the event's subject.</summary>
public sealed record InformationDraft(
    NotificationKind Kind,
    RecipientKind RecipientKind,
    Guid RecipientId,
    string DedupeKey,
    string Link,
    Dictionary<string, string> Parameters,
    Guid? StudentId = null,
    Guid? CompanyId = null,
    bool Urgent = false);
