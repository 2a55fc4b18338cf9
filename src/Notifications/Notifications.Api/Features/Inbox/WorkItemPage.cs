namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>A page of work items; <see cref="Total"/> counts all that match.</summary>
public sealed record WorkItemPage(IReadOnlyList<WorkItemLine> Items, int Total);
