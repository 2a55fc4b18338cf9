namespace PartnershipHub.Portal.Api;

public sealed record NotificationPage(List<NotificationLine> Items, int Total, int Unread, int Page, int PageSize);

/// <summary>One notification; <see cref="Title"/> and <see cref="Body"/> come in the language asked for, <see cref="Link"/> is a portal path.</summary>
public sealed record NotificationLine(
    Guid Id,
    string Kind,
    string Title,
    string Body,
    string Link,
    bool Urgent,
    bool Escalated,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    Guid? WorkItemId,
    bool? WorkItemOpen,
    Guid? StudentId);

public sealed record UnreadCount(int Unread);

public sealed record WorkItemPage(List<WorkItemLine> Items, int Total);

/// <summary>A work item; <see cref="Escalated"/>: it reached me because <see cref="RecipientName"/> did not act in time.</summary>
public sealed record WorkItemLine(
    Guid Id,
    string Kind,
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
    string? CloseReason);

public sealed record CloseWorkItemRequest(string? Reason);

/// <summary>Mail choices; times as "HH:mm" (Amsterdam), <see cref="Language"/> null for the account's own.</summary>
public sealed record NotificationPreferences(
    int DigestHour,
    bool Immediate,
    string? QuietFrom,
    string? QuietUntil,
    string? Language,
    List<PreferenceKind> Kinds);

/// <summary>A kind the person can receive; a <see cref="Required"/> one cannot be muted.</summary>
public sealed record PreferenceKind(string Kind, bool Muted, bool Required);

public sealed record SavePreferencesRequest(
    int DigestHour,
    bool Immediate,
    string? QuietFrom,
    string? QuietUntil,
    string? Language,
    List<string> MutedKinds);
