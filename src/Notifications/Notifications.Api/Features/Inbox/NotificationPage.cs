namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>A page of notifications, newest first; <see cref="Total"/> counts the filter's matches, <see cref="Unread"/> all unread.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationLine> Items, int Total, int Unread, int Page, int PageSize);
