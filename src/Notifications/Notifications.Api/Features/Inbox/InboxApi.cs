namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>The bell: a person's notifications, unread count, mark as read; their open work items, closing one with a reason.</summary>
public static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app) => app;
}
