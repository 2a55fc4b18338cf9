using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The companies list's orders: <c>name</c> (A–Z), <c>endedEarly</c> (most first), <c>score</c> (lowest first, unscored last).</summary>
internal static class CompaniesSort
{
    public static string OrderBy(string? sort) => (sort ?? "name").Trim() switch
    {
        "name" => "name, company_id",
        "endedEarly" => "ended_early DESC, name, company_id",
        "score" => "average ASC NULLS LAST, name, company_id",
        _ => throw new FieldValidationException("sort", "One of: name, endedEarly, score."),
    };
}
