using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

public sealed partial class InternshipsApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Internships)
{
    /// <summary>The placements the user may see (Internships filters by role and relationship), every page of them.</summary>
    public Task<ApiResult<List<InternshipPlacement>>> PlacementsAsync(string? query = null, CancellationToken cancellationToken = default) =>
        AllPlacementsAsync(query, cancellationToken);

    public Task<ApiResult<InternshipPlacement>> PlacementAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<InternshipPlacement>($"/api/placements/{id}", cancellationToken);

    public Task<ApiResult<Agreement>> AgreementAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<Agreement>($"/api/placements/{placementId}/agreement", cancellationToken);

    public Task<ApiResult<Agreement>> SignAsync(Guid placementId, SignRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Agreement>($"/api/placements/{placementId}/agreement/signatures", request, cancellationToken);

    public Task<ApiResult<List<Assignment>>> AssignmentsAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<List<Assignment>>($"/api/placements/{placementId}/assignments", cancellationToken);

    /// <summary>An assignment step by its route name: confirm, request-change, sign-off, return, start, submit, review.</summary>
    public Task<ApiResult<Assignment>> AssignmentStepAsync(Guid assignmentId, string step, object body, CancellationToken cancellationToken = default) =>
        PostAsync<Assignment>($"/api/assignments/{assignmentId}/{step}", body, cancellationToken);

    public Task<ApiResult<PlacementHours>> HoursAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<PlacementHours>($"/api/placements/{placementId}/hours", cancellationToken);

    public Task<ApiResult<NoContent>> ApproveWeekAsync(Guid placementId, DateOnly weekStart, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/placements/{placementId}/hours/weeks/{weekStart:yyyy-MM-dd}/approve", new { }, cancellationToken);

    /// <summary>Rejects the week's open hours; the comment (required) tells the student why.</summary>
    public Task<ApiResult<NoContent>> RejectWeekAsync(Guid placementId, DateOnly weekStart, string? comment, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/placements/{placementId}/hours/weeks/{weekStart:yyyy-MM-dd}/reject", new { comment }, cancellationToken);

    public Task<ApiResult<NoContent>> LogHoursAsync(Guid placementId, string date, double hours, CancellationToken cancellationToken = default) =>
        PutAsync<NoContent>($"/api/placements/{placementId}/hours/{Uri.EscapeDataString(date)}", new { hours }, cancellationToken);

    /// <summary>The teacher's revision of a draft or of an assignment the trainer asked to change; it goes back to the trainer as a draft.</summary>
    public Task<ApiResult<Assignment>> ReviseAssignmentAsync(Guid assignmentId, DraftAssignmentRequest request, CancellationToken cancellationToken = default) =>
        PutAsync<Assignment>($"/api/assignments/{assignmentId}", request, cancellationToken);

    public Task<ApiResult<Assignment>> DraftAssignmentAsync(Guid placementId, DraftAssignmentRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Assignment>($"/api/placements/{placementId}/assignments", request, cancellationToken);

    public Task<ApiResult<ContactLog>> ContactsAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<ContactLog>($"/api/placements/{placementId}/contacts", cancellationToken);

    public Task<ApiResult<Contact>> LogContactAsync(Guid placementId, LogContactRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Contact>($"/api/placements/{placementId}/contacts", request, cancellationToken);

    public Task<ApiResult<MatchingRun>> RunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        GetAsync<MatchingRun>($"/api/matching/runs/{runId}", cancellationToken);

    public Task<ApiResult<MatchingRun>> StartRunAsync(StartRunRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<MatchingRun>("/api/matching/runs", request, cancellationToken);

    public Task<ApiResult<NoContent>> PublishAsync(Guid runId, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/matching/runs/{runId}/publish", new { }, cancellationToken);

    public Task<ApiResult<NoContent>> AcceptAsync(Guid runId, Guid studentId, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/matching/runs/{runId}/proposals/{studentId}/accept", new { }, cancellationToken);

    public Task<ApiResult<NoContent>> RejectAsync(Guid runId, Guid studentId, string? reason, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/matching/runs/{runId}/proposals/{studentId}/reject", new ReasonRequest(reason), cancellationToken);

    public Task<ApiResult<NoContent>> OverrideAsync(Guid runId, Guid studentId, OverrideRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/matching/runs/{runId}/proposals/{studentId}/override", request, cancellationToken);
}
