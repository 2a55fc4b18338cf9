using System.Net.Http.Headers;

namespace PartnershipHub.Portal.Api;

public sealed partial class CompaniesApi
{
    /// <summary>The company import, keeping each rejected row's errors by column (<see cref="CsvImports.ImportErrorSentences"/> words them).</summary>
    public async Task<ApiResult<ImportResult>> ImportCsvAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var result = await SendAsync<CompanyImportReport>(HttpMethod.Post, "/api/companies/import", content, cancellationToken);
        return result.Value is not { } report
            ? ApiResult<ImportResult>.Failed(result.Problem ?? ApiProblem.Unreachable)
            : ApiResult<ImportResult>.Ok(new ImportResult(
                report.Rows, report.Created, report.Updated, report.Unchanged, report.Rejected,
                [.. report.RejectedRows.Select(row => new ImportLine(row.Row, row.KvkNumber, "rejected", row.Errors))]));
    }
}
