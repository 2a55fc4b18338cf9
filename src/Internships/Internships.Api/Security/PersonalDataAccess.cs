using System.Security.Claims;
using PartnershipHub.Internships.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Security;

/// <summary>
/// The right of access, the same rule in every service: the student themself, the student's own mentor (from the
/// student copy), care staff, or a coordinator handling the request. Teachers, trainers and operators never.
/// </summary>
public static class PersonalDataAccess
{
    public static bool CanExport(this ClaimsPrincipal user, Guid studentId, StudentCopy? student) =>
        user.IsCoordinator()
        || user.HasRole(Roles.Care)
        || (user.HasRole(Roles.Student) && user.StudentId() == studentId)
        || user.IsMentorOf(student);
}
