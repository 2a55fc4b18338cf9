using System.Security.Claims;
using PartnershipHub.Internships.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Security;

/// <summary>
/// The relationship half of authorisation for everything hanging off a placement. Coordinators may do everything;
/// the others only on placements they stand in a relation to (docs/internships-service.md, "Who may do what").
/// </summary>
public static class PlacementAccess
{
    public static bool IsCoordinator(this ClaimsPrincipal user) => user.HasRole(Roles.Coordinator);

    /// <summary>The teacher a coordinator set on the placement (there is no teacher-assignment event to go by).</summary>
    public static bool IsTeacherOf(this ClaimsPrincipal user, Placement placement) =>
        user.HasRole(Roles.Teacher) && placement.TeacherStaffId is { } teacher && user.StaffId() == teacher;

    public static bool IsMentorOf(this ClaimsPrincipal user, StudentCopy? student) =>
        user.HasRole(Roles.Mentor) && student?.MentorStaffId is { } mentor && user.StaffId() == mentor;

    public static bool IsTrainerAt(this ClaimsPrincipal user, Placement placement) => user.WorksFor(placement.CompanyId);

    public static bool IsStudentOf(this ClaimsPrincipal user, Placement placement) =>
        user.HasRole(Roles.Student) && user.StudentId() == placement.StudentId;

    public static bool CanRead(this ClaimsPrincipal user, Placement placement, StudentCopy? student) =>
        user.IsCoordinator() || user.IsTeacherOf(placement) || user.IsMentorOf(student) || user.IsTrainerAt(placement) || user.IsStudentOf(placement);

    /// <summary>Assignments' school side (draft, revise, review) and contact moments.</summary>
    public static bool ActsForSchool(this ClaimsPrincipal user, Placement placement) => user.IsCoordinator() || user.IsTeacherOf(placement);

    public static bool ActsForCompany(this ClaimsPrincipal user, Placement placement) => user.IsCoordinator() || user.IsTrainerAt(placement);

    public static bool ActsAsStudent(this ClaimsPrincipal user, Placement placement) => user.IsCoordinator() || user.IsStudentOf(placement);

    /// <summary>Who did it, for the record: the role they acted in and their staff, student or subject id.</summary>
    public static Actor Actor(this ClaimsPrincipal user, string preferredRole)
    {
        var role = user.IsCoordinator() ? Roles.Coordinator : preferredRole;
        Guid? id = role switch
        {
            Roles.Student => user.StudentId(),
            Roles.Trainer => Guid.TryParse(user.FindFirst(ClaimNames.Subject)?.Value, out var sub) ? sub : null,
            _ => user.StaffId() ?? (Guid.TryParse(user.FindFirst(ClaimNames.Subject)?.Value, out var subject) ? subject : null),
        };
        return new Actor(role, id);
    }

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirst(ClaimNames.Name)?.Value ?? user.Identity?.Name ?? "unknown";
}
