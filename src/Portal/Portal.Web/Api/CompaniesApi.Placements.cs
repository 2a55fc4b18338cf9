namespace PartnershipHub.Portal.Api;

/// <summary>The company picker of a direct placement: active companies whose name, KvK number or city matches what is typed.</summary>
public sealed partial class CompaniesApi
{
    public Task<ApiResult<PagedList<CompanySummary>>> SearchAsync(string? text, int pageSize = 20, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<CompanySummary>>(
            $"/api/companies?active=true&page=1&pageSize={pageSize}" + (string.IsNullOrWhiteSpace(text) ? "" : $"&text={Uri.EscapeDataString(text.Trim())}"),
            cancellationToken);
}
