namespace PartnershipHub.Portal.Api;

/// <summary>Either the value an API answered or the problem it reported; pages never see an exception for a refusal.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Ok(T? value) => new(value, null);

    public static ApiResult<T> Failed(ApiProblem problem) => new(default, problem);
}
