using System.Net.Http.Headers;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

/// <summary>
/// Identity's account administration (<c>/api/users</c>, scope <c>identity</c>) for operators and coordinators: staff
/// accounts, their roles, deactivation, invitations and the CSV import. Identity decides who may change what
/// (its role-grant rules); the pages only leave out what the signed-in role could never do.
/// </summary>
public sealed partial class IdentityAdminApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Identity)
{
    /// <summary>School staff accounts only: students and trainers have their accounts made by their own services.</summary>
    public Task<ApiResult<UserPage>> ListAsync(string? search, string? role, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = $"/api/users?staff=true&page={page}&pageSize={pageSize}";
        if (!string.IsNullOrWhiteSpace(search))
        {
            query += $"&search={Uri.EscapeDataString(search.Trim())}";
        }

        if (!string.IsNullOrEmpty(role))
        {
            query += $"&role={Uri.EscapeDataString(role)}";
        }

        return GetAsync<UserPage>(query, cancellationToken);
    }

    public Task<ApiResult<UserSummary>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<UserSummary>($"/api/users/{id}", cancellationToken);

    public Task<ApiResult<UserSummary>> CreateAsync(CreateStaffAccountRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<UserSummary>("/api/users", request, cancellationToken);

    public Task<ApiResult<UserSummary>> AssignRolesAsync(Guid id, AssignRolesRequest request, CancellationToken cancellationToken = default) =>
        PutAsync<UserSummary>($"/api/users/{id}/roles", request, cancellationToken);

    public Task<ApiResult<NoContent>> DeactivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/users/{id}/deactivate", null, cancellationToken);

    public Task<ApiResult<NoContent>> ReactivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/users/{id}/reactivate", null, cancellationToken);

    /// <summary>A new invitation mail; the link of the earlier one stops working.</summary>
    public Task<ApiResult<NoContent>> ResendInvitationAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/users/{id}/invitation", null, cancellationToken);

    public Task<ApiResult<StaffImportReport>> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return SendAsync<StaffImportReport>(HttpMethod.Post, "/api/users/import", content, cancellationToken);
    }

    /// <summary>The import's CSV template (header and two example rows) as text, to offer as a download.</summary>
    public Task<ApiResult<string>> ImportTemplateAsync(CancellationToken cancellationToken = default) =>
        GetAsync<string>("/api/users/import/template", cancellationToken);
}
