namespace PartnershipHub.Portal.Api;

public sealed partial class GuidanceApi
{
    /// <summary>Throws away the caller's own draft assessment (204); 403 for someone else's, 409 <c>assessment-submitted</c> once submitted.</summary>
    public Task<ApiResult<NoContent>> DiscardAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken = default) =>
        SendAsync<NoContent>(HttpMethod.Delete, $"/api/assessments/{assessmentId}", null, cancellationToken);
}
