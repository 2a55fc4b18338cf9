using System.Security.Claims;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Security;

/// <summary>
/// Workplace concerns: a trainer raises and reads them only while the student is placed at their company now; the school
/// reads them as it reads the student's guidance (mentor, linked or placement teachers, coordinators) plus care staff; the
/// mentor and the placement's teacher answer. Students do not see concerns about them in this release: the school
/// decides how to talk about a concern with the student, and the right of access (the export) still lists them.
/// </summary>
public static class ConcernAccess
{
    /// <summary>The trainer of a current placement: signed or active, at one of the companies in the token.</summary>
    public static bool IsCurrentTrainerOf(this ClaimsPrincipal user, PlacementCopy placement) =>
        user.WorksFor(placement.CompanyId) && placement.IsCurrent;

    public static bool CanReadAsSchool(ClaimsPrincipal user, StudentCopy student, bool linkedTeacher) =>
        user.HasRole(Roles.Care) || GuidanceAccess.CanReadProgress(user, student, linkedTeacher);

    /// <summary>The student's mentor, or the teacher a coordinator put on the concern's placement.</summary>
    public static bool CanAnswer(ClaimsPrincipal user, StudentCopy student, PlacementCopy? placement) =>
        user.IsMentorOf(student)
        || (user.HasRole(Roles.Teacher) && user.StaffId() is { } staff && placement?.TeacherStaffId == staff);
}
