using System.Security.Claims;
using PartnershipHub.Insights.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Insights.Security;

/// <summary>
/// The right of access, the same rule in every service: the student themself, the student's own mentor (from the
/// student fact), care staff, or a coordinator handling the request. Teachers, trainers and operators never.
/// </summary>
public static class PersonalDataAccess
{
    public static bool CanExport(this ClaimsPrincipal user, Guid studentId, StudentFact? student) =>
        user.HasRole(Roles.Coordinator)
        || user.HasRole(Roles.Care)
        || (user.HasRole(Roles.Student) && user.StudentId() == studentId)
        || (user.HasRole(Roles.Mentor) && student?.MentorStaffId is { } mentor && user.StaffId() == mentor);
}
