namespace PartnershipHub.ServiceDefaults;

/// <summary>
/// The audience each API accepts (<c>Identity:Audience</c>) and Identity puts in tokens for its scope.
/// (Linked into the AppHost as source; keep it dependency-free.)
/// </summary>
public static class ApiAudiences
{
    public const string Students = "students-api";
    public const string Companies = "companies-api";
    public const string Internships = "internships-api";
    public const string Guidance = "guidance-api";
    public const string Identity = "identity-api";
    public const string Notifications = "notifications-api";
    public const string Insights = "insights-api";
}
