using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// The scope a client asks for decides which API may accept the token: each API scope maps to the audience that
/// API validates (<c>Identity:Audience</c> in its configuration).
/// </summary>
public static class ApiScopes
{
    public const string Students = "students";
    public const string Companies = "companies";
    public const string Internships = "internships";
    public const string Guidance = "guidance";
    public const string Identity = "identity";
    public const string Notifications = "notifications";
    public const string Insights = "insights";

    public static readonly IReadOnlyDictionary<string, string> Audiences = new Dictionary<string, string>
    {
        [Students] = ApiAudiences.Students,
        [Companies] = ApiAudiences.Companies,
        [Internships] = ApiAudiences.Internships,
        [Guidance] = ApiAudiences.Guidance,
        [Identity] = ApiAudiences.Identity,
        [Notifications] = ApiAudiences.Notifications,
        [Insights] = ApiAudiences.Insights,
    };

    public static IReadOnlyList<string> All { get; } = [.. Audiences.Keys];

    public static IReadOnlyList<string> AudiencesFor(IEnumerable<string> scopes) =>
        [.. scopes.Where(Audiences.ContainsKey).Select(scope => Audiences[scope]).Distinct()];
}
