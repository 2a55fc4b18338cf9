namespace PartnershipHub.ServiceDefaults.Security;

/// <summary>The roles Identity puts in the <c>role</c> claim. DOMAIN.md describes each.</summary>
public static class Roles
{
    public const string Student = "student";
    public const string Mentor = "mentor";
    public const string Teacher = "teacher";
    public const string Coordinator = "coordinator";
    public const string Trainer = "trainer";
    public const string Care = "care";
    public const string Operator = "operator";

    public static readonly IReadOnlyList<string> All = [Student, Mentor, Teacher, Coordinator, Trainer, Care, Operator];

    /// <summary>School employees: everyone who signs in with a staff id.</summary>
    public static readonly IReadOnlyList<string> Staff = [Mentor, Teacher, Coordinator, Care, Operator];
}
