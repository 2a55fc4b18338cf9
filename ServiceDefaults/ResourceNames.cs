namespace PartnershipHub.ServiceDefaults;

/// <summary>
/// Names of the resources in the system graph. The AppHost declares resources under these names and the
/// services read <c>ConnectionStrings__{name}</c> and <c>services__{name}__http__0</c> with them, so the two
/// can never drift apart. (Linked into the AppHost as source; keep it dependency-free.)
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";

    public const string StudentsDb = "studentsdb";
    public const string CompaniesDb = "companiesdb";
    public const string InternshipsDb = "internshipsdb";
    public const string GuidanceDb = "guidancedb";
    public const string IdentityDb = "identitydb";
    public const string NotificationsDb = "notificationsdb";
    public const string InsightsDb = "insightsdb";

    public const string Students = "students";
    public const string Companies = "companies";
    public const string Internships = "internships";
    public const string Guidance = "guidance";
    public const string Identity = "identity";
    public const string Notifications = "notifications";
    public const string Insights = "insights";
    public const string Portal = "portal";
}
