using System.Net.Http.Headers;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

public sealed partial class CompaniesApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Companies)
{
    public Task<ApiResult<PagedList<CompanySummary>>> ListAsync(string? crebo, string? near, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = $"/api/companies?active=true&page={page}&pageSize={pageSize}";
        if (!string.IsNullOrWhiteSpace(crebo))
        {
            query += $"&crebo={Uri.EscapeDataString(crebo.Trim())}";
        }

        if (!string.IsNullOrWhiteSpace(near))
        {
            query += $"&near={Uri.EscapeDataString(near.Trim())}&radiusKm=50";
        }

        return GetAsync<PagedList<CompanySummary>>(query, cancellationToken);
    }

    public Task<ApiResult<List<CompanyCapacity>>> CapacityAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        GetAsync<List<CompanyCapacity>>($"/api/companies/{companyId}/capacity", cancellationToken);

    public async Task<ApiResult<ImportReportView>> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var result = await SendAsync<CompanyImportReport>(HttpMethod.Post, "/api/companies/import", content, cancellationToken);
        return result.Value is not { } report
            ? ApiResult<ImportReportView>.Failed(result.Problem ?? ApiProblem.Unreachable)
            : ApiResult<ImportReportView>.Ok(new ImportReportView(
                report.Rows, report.Created, report.Updated, report.Unchanged, report.Rejected,
                [.. report.RejectedRows.Select(row => new ImportRowView(row.Row, row.KvkNumber, "rejected", StudentsApi.Describe(row.Errors)))]));
    }
}
