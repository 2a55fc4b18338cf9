namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>What the portal's bell polls.</summary>
public sealed record UnreadCount(int Unread);
