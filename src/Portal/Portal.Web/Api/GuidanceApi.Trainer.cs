namespace PartnershipHub.Portal.Api;

public sealed partial class GuidanceApi
{
    /// <summary>The plan goals meant for the workplace, for the placement's trainer (and the school).</summary>
    public Task<ApiResult<WorkplaceGoals>> WorkplaceGoalsAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<WorkplaceGoals>($"/api/placements/{placementId}/workplace-goals", cancellationToken);
}
