namespace PartnershipHub.Portal.Api;

/// <summary>The coordinator's placements and matching review (issue #24): paged lists, direct placement, the placement's steps.</summary>
public sealed partial class InternshipsApi
{
    /// <summary>
    /// Every placement the query finds, page by page, so nothing is cut off: the first call is the list as asked (the
    /// server's default page size), the next ones ask for the following pages of that same size.
    /// </summary>
    public async Task<ApiResult<List<InternshipPlacement>>> AllPlacementsAsync(string? query, CancellationToken cancellationToken = default)
    {
        var path = "/api/placements" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
        var all = new List<InternshipPlacement>();
        var size = 0;
        for (var page = 1; ; page++)
        {
            var pagePath = page == 1 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"page={page}&pageSize={size}";
            var result = await GetAsync<PagedList<InternshipPlacement>>(pagePath, cancellationToken);
            if (result.Value is not { } answer)
            {
                return ApiResult<List<InternshipPlacement>>.Failed(result.Problem ?? ApiProblem.Unreachable);
            }

            size = page == 1 ? answer.Items.Count : size;
            all.AddRange(answer.Items);
            if (answer.Items.Count == 0 || all.Count >= answer.Total)
            {
                return ApiResult<List<InternshipPlacement>>.Ok(all);
            }
        }
    }

    public Task<ApiResult<PagedList<CoordinatorPlacement>>> PlacementPageAsync(PlacementQuery query, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<CoordinatorPlacement>>("/api/placements?" + query.ToQueryString(), cancellationToken);

    public Task<ApiResult<CoordinatorPlacement>> CoordinatorPlacementAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<CoordinatorPlacement>($"/api/placements/{id}", cancellationToken);

    public Task<ApiResult<CoordinatorPlacement>> PlaceDirectlyAsync(DirectPlacementRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<CoordinatorPlacement>("/api/placements", request, cancellationToken);

    public Task<ApiResult<CoordinatorPlacement>> AssignTeacherAsync(Guid id, Guid? teacherStaffId, CancellationToken cancellationToken = default) =>
        PutAsync<CoordinatorPlacement>($"/api/placements/{id}/teacher", new { teacherStaffId }, cancellationToken);

    public Task<ApiResult<CoordinatorPlacement>> StartPlacementAsync(Guid id, DateOnly? startedOn, CancellationToken cancellationToken = default) =>
        PostAsync<CoordinatorPlacement>($"/api/placements/{id}/start", new { startedOn }, cancellationToken);

    public Task<ApiResult<CoordinatorPlacement>> CompletePlacementAsync(Guid id, DateOnly? endedOn, CancellationToken cancellationToken = default) =>
        PostAsync<CoordinatorPlacement>($"/api/placements/{id}/complete", new { endedOn }, cancellationToken);

    public Task<ApiResult<CoordinatorPlacement>> EndPlacementEarlyAsync(Guid id, EndPlacementEarlyRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<CoordinatorPlacement>($"/api/placements/{id}/end-early", request, cancellationToken);

    /// <summary>Matching runs, newest first, a page at a time with the total.</summary>
    public Task<ApiResult<PagedList<MatchingRun>>> RunPageAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<PagedList<MatchingRun>>($"/api/matching/runs?page={page}&pageSize={pageSize}", cancellationToken);

    /// <summary>The run with its unplaced students but without its proposals.</summary>
    public Task<ApiResult<RunSummary>> RunSummaryAsync(Guid runId, CancellationToken cancellationToken = default) =>
        GetAsync<RunSummary>($"/api/matching/runs/{runId}?summary=true", cancellationToken);

    public Task<ApiResult<PagedList<RunProposal>>> RunProposalsAsync(
        Guid runId, int page, int pageSize, string? search, string? status, CancellationToken cancellationToken = default)
    {
        var path = $"/api/matching/runs/{runId}/proposals?page={page}&pageSize={pageSize}";
        if (!string.IsNullOrWhiteSpace(search))
        {
            path += $"&search={Uri.EscapeDataString(search.Trim())}";
        }

        if (!string.IsNullOrEmpty(status))
        {
            path += $"&status={Uri.EscapeDataString(status)}";
        }

        return GetAsync<PagedList<RunProposal>>(path, cancellationToken);
    }

    /// <summary>Discards a draft run and its proposals (409 <c>run-published</c> or <c>run-has-placements</c> otherwise).</summary>
    public Task<ApiResult<NoContent>> DiscardRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        SendAsync<NoContent>(HttpMethod.Delete, $"/api/matching/runs/{runId}", null, cancellationToken);
}
