using System.Security.Claims;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Security;

/// <summary>
/// The right of access, the same rule in every service: the student themself, the student's own mentor (from the
/// student copy), care staff, or a coordinator handling the request. Teachers, trainers and operators never, even when
/// a work item about the student was addressed to them.
/// </summary>
public static class PersonalDataAccess
{
    public static bool CanExport(this ClaimsPrincipal user, Guid studentId, StudentCopy? student) =>
        user.HasRole(Roles.Coordinator)
        || user.HasRole(Roles.Care)
        || (user.HasRole(Roles.Student) && user.StudentId() == studentId)
        || (user.HasRole(Roles.Mentor) && student?.MentorStaffId is { } mentor && user.StaffId() == mentor);
}
