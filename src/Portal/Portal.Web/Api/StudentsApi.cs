using System.Net.Http.Headers;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

public sealed partial class StudentsApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Students)
{
    public Task<ApiResult<PagedList<StudentSummary>>> ListAsync(string? text = null, Guid? mentor = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        var query = $"/api/students?pageSize={pageSize}";
        if (!string.IsNullOrWhiteSpace(text))
        {
            query += $"&text={Uri.EscapeDataString(text)}";
        }

        if (mentor is { } staffId)
        {
            query += $"&mentor={staffId}";
        }

        return GetAsync<PagedList<StudentSummary>>(query, cancellationToken);
    }

    public Task<ApiResult<StudentDetail>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<StudentDetail>($"/api/students/{id}", cancellationToken);

    /// <summary>The calling student's classmates (same cohort, active), by name: whom they may assess as a peer.</summary>
    public Task<ApiResult<List<Classmate>>> ClassmatesAsync(string? text = null, CancellationToken cancellationToken = default) =>
        GetAsync<List<Classmate>>(
            string.IsNullOrWhiteSpace(text) ? "/api/students/me/classmates" : $"/api/students/me/classmates?text={Uri.EscapeDataString(text.Trim())}",
            cancellationToken);

    public Task<ApiResult<IntakeProfile>> IntakeAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<IntakeProfile>($"/api/students/{id}/intake", cancellationToken);

    public Task<ApiResult<IntakeProfile>> SaveIntakeAsync(Guid id, SaveIntakeRequest request, CancellationToken cancellationToken = default) =>
        PutAsync<IntakeProfile>($"/api/students/{id}/intake", request, cancellationToken);

    /// <summary>Only the student's own mentor and care staff; Students logs every read, so call it once per visit.</summary>
    public Task<ApiResult<List<CareNote>>> CareNotesAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<List<CareNote>>($"/api/students/{id}/care-notes", cancellationToken);

    public Task<ApiResult<CareNote>> WriteCareNoteAsync(Guid id, string text, CancellationToken cancellationToken = default) =>
        PostAsync<CareNote>($"/api/students/{id}/care-notes", new CareNoteRequest(text), cancellationToken);

    public Task<ApiResult<List<CareNoteAccess>>> CareNoteAccessLogAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<List<CareNoteAccess>>($"/api/students/{id}/care-notes/access-log", cancellationToken);

    public async Task<ApiResult<ImportReportView>> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var result = await SendAsync<StudentImportReport>(HttpMethod.Post, "/api/students/import", content, cancellationToken);
        return result.Value is not { } report
            ? ApiResult<ImportReportView>.Failed(result.Problem ?? ApiProblem.Unreachable)
            : ApiResult<ImportReportView>.Ok(new ImportReportView(
                report.Total, report.Created, report.Updated, report.Unchanged, report.Rejected,
                [.. report.Rows.Where(row => row.Outcome != "unchanged").Select(row => new ImportRowView(
                    row.Line, row.StudentNumber, row.Outcome, Describe(row.Errors)))]));
    }

    internal static string Describe(IReadOnlyDictionary<string, string[]>? errors) =>
        errors is null ? "" : string.Join("; ", errors.Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}"));
}
