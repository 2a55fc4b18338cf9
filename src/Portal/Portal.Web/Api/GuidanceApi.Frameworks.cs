namespace PartnershipHub.Portal.Api;

/// <summary>Rubric versions: every version, which assessments use which, and publishing a new version.</summary>
public sealed partial class GuidanceApi
{
    public Task<ApiResult<List<FrameworkVersion>>> FrameworkVersionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<FrameworkVersion>>("/api/frameworks", cancellationToken);

    public Task<ApiResult<List<FrameworkUsage>>> FrameworkUsageAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<FrameworkUsage>>("/api/frameworks/usage", cancellationToken);

    public Task<ApiResult<FrameworkVersion>> PublishFrameworkAsync(PublishFrameworkBody body, CancellationToken cancellationToken = default) =>
        PostAsync<FrameworkVersion>("/api/frameworks", body, cancellationToken);
}
