using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

/// <summary>The signed-in person's notifications, work items and mail preferences (the Notifications service).</summary>
public sealed partial class NotificationsApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Notifications)
{
    public const int PageSize = 20;

    /// <summary>Newest first, texts in <paramref name="language"/> (nl or en).</summary>
    public Task<ApiResult<NotificationPage>> ListAsync(bool unreadOnly, int page, string language, CancellationToken cancellationToken = default) =>
        GetAsync<NotificationPage>($"/api/notifications?{(unreadOnly ? "unread=true&" : "")}page={page}&pageSize={PageSize}&language={language}", cancellationToken);

    /// <summary>What the bell polls.</summary>
    public Task<ApiResult<UnreadCount>> UnreadCountAsync(CancellationToken cancellationToken = default) =>
        GetAsync<UnreadCount>("/api/notifications/unread-count", cancellationToken);

    public Task<ApiResult<NoContent>> MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/notifications/{notificationId}/read", new { }, cancellationToken);

    public Task<ApiResult<NoContent>> MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>("/api/notifications/read-all", new { }, cancellationToken);

    /// <summary>Open work items (addressed to me, escalated to me, to the coordinators when I am one), most pressing first.</summary>
    public Task<ApiResult<WorkItemPage>> OpenWorkItemsAsync(int page, string language, CancellationToken cancellationToken = default) =>
        GetAsync<WorkItemPage>($"/api/notifications/work-items?open=true&page={page}&pageSize={PageSize}&language={language}", cancellationToken);

    /// <summary>Closed by hand with a reason; 400 <c>reason</c>, 409 <c>work-item-closed</c> when it closed meanwhile.</summary>
    public Task<ApiResult<WorkItemLine>> CloseWorkItemAsync(Guid workItemId, string? reason, string language, CancellationToken cancellationToken = default) =>
        PostAsync<WorkItemLine>($"/api/notifications/work-items/{workItemId}/close?language={language}", new CloseWorkItemRequest(reason), cancellationToken);

    public Task<ApiResult<NotificationPreferences>> PreferencesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<NotificationPreferences>("/api/notifications/preferences", cancellationToken);

    public Task<ApiResult<NotificationPreferences>> SavePreferencesAsync(SavePreferencesRequest request, CancellationToken cancellationToken = default) =>
        PutAsync<NotificationPreferences>("/api/notifications/preferences", request, cancellationToken);
}
