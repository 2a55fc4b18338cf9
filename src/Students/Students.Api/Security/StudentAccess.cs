using System.Security.Claims;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Students.Security;

/// <summary>
/// Who may do what with one student, by role and by relationship ("own mentee": the student's current mentor is
/// the caller's staff id; "own record": the caller's student id). Kept apart from the endpoints so the rules are
/// read and tested in one place.
/// </summary>
public static class StudentAccess
{
    public static bool CanList(ClaimsPrincipal user) =>
        user.HasRole(Roles.Coordinator) || user.HasRole(Roles.Teacher) || user.HasRole(Roles.Mentor) || user.HasRole(Roles.Care);

    public static StudentView View(ClaimsPrincipal user, Guid studentId, Guid? mentorStaffId)
    {
        if (user.HasRole(Roles.Coordinator) || user.HasRole(Roles.Teacher) || user.HasRole(Roles.Care) || IsOwnMentor(user, mentorStaffId))
        {
            return StudentView.Full;
        }

        if (IsOwnRecord(user, studentId))
        {
            return StudentView.Own;
        }

        return user.HasRole(Roles.Mentor) ? StudentView.Basic : StudentView.None;
    }

    /// <summary>Basic data and intake: coordinators, and mentors for their own mentees.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Guid? mentorStaffId) =>
        user.HasRole(Roles.Coordinator) || IsOwnMentor(user, mentorStaffId);

    /// <summary>Care notes: care staff, and the student's own mentor; nobody else, whatever other role they hold.</summary>
    public static bool CanUseCareNotes(ClaimsPrincipal user, Guid? mentorStaffId) =>
        (user.HasRole(Roles.Care) && user.StaffId() is not null) || IsOwnMentor(user, mentorStaffId);

    /// <summary>The role a care-note access is logged under.</summary>
    public static string CareNoteRole(ClaimsPrincipal user) => user.HasRole(Roles.Care) ? Roles.Care : Roles.Mentor;

    /// <summary>
    /// The right of access, the same rule in every service: the student themselves, the student's own mentor, a
    /// coordinator handling the request, or care staff.
    /// </summary>
    public static bool CanExport(ClaimsPrincipal user, Guid studentId, Guid? mentorStaffId) =>
        user.HasRole(Roles.Coordinator) || user.HasRole(Roles.Care) || IsOwnRecord(user, studentId) || IsOwnMentor(user, mentorStaffId);

    public static bool IsOwnMentor(ClaimsPrincipal user, Guid? mentorStaffId) =>
        mentorStaffId is not null && user.HasRole(Roles.Mentor) && user.StaffId() == mentorStaffId;

    public static bool IsOwnRecord(ClaimsPrincipal user, Guid studentId) =>
        user.HasRole(Roles.Student) && user.StudentId() == studentId;
}
