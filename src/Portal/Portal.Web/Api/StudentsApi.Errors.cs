using System.Net.Http.Headers;

namespace PartnershipHub.Portal.Api;

public sealed partial class StudentsApi
{
    /// <summary>The student import, keeping each line's errors by column (<see cref="CsvImports.ImportErrorSentences"/> words them).</summary>
    public async Task<ApiResult<ImportResult>> ImportCsvAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var result = await SendAsync<StudentImportReport>(HttpMethod.Post, "/api/students/import", content, cancellationToken);
        return result.Value is not { } report
            ? ApiResult<ImportResult>.Failed(result.Problem ?? ApiProblem.Unreachable)
            : ApiResult<ImportResult>.Ok(new ImportResult(
                report.Total, report.Created, report.Updated, report.Unchanged, report.Rejected,
                [.. report.Rows.Where(row => row.Outcome != "unchanged").Select(row => new ImportLine(row.Line, row.StudentNumber, row.Outcome, row.Errors))]));
    }
}
