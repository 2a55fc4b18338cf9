using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>One notification as the bell lists it, its texts in one language; <see cref="Link"/> a portal path.</summary>
public sealed record NotificationLine(
    Guid Id,
    NotificationKind Kind,
    string Title,
    string Body,
    string Link,
    bool Urgent,
    bool Escalated,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    Guid? WorkItemId,
    bool? WorkItemOpen,
    Guid? StudentId)
{
    public static NotificationLine From(Notification notification, bool? workItemOpen, string language)
    {
        var (title, body) = NotificationTexts.Render(notification.Kind, notification.Parameters, language, notification.Escalated);
        return new NotificationLine(notification.Id, notification.Kind, title, body, notification.Link, notification.Urgent,
            notification.Escalated, notification.CreatedAt, notification.ReadAt, notification.WorkItemId, workItemOpen, notification.StudentId);
    }
}
