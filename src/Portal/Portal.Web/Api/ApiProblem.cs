namespace PartnershipHub.Portal.Api;

/// <summary>
/// What went wrong with an API call, from its RFC 7807 answer: the status, the rule a 409 names, and the errors per
/// field. <see cref="Status"/> 0 means the service could not be reached at all.
/// </summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, string? Rule, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    /// <summary>The parties an agreement still lacks, when a start was refused for it (Internships' <c>missing</c>).</summary>
    public IReadOnlyList<string>? Missing { get; init; }

    public static ApiProblem Unreachable { get; } = new(0, null, null, null, new Dictionary<string, string[]>());

    /// <summary>The errors for a field, matching the API's name case-insensitively (<c>enrolment.crebo</c> ~ <c>Enrolment.Crebo</c>).</summary>
    public IReadOnlyList<string> ErrorsFor(string field) =>
        [.. FieldErrors.Where(pair => string.Equals(pair.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(pair => pair.Value)];
}
