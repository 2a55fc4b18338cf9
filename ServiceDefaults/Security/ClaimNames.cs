namespace PartnershipHub.ServiceDefaults.Security;

/// <summary>Claims the services authorise on. A trainer working for several companies has one <c>company_id</c> each.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string StudentId = "student_id";
    public const string StaffId = "staff_id";
    public const string CompanyId = "company_id";
}
