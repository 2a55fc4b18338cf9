using System.Security.Claims;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Security;

/// <summary>
/// Who may see and handle a student's help requests. The student reads their own; the student's mentor and care staff
/// read all of them and answer, plan a conversation and close; a coordinator and the teachers linked to the student
/// (<see cref="GuidanceAccess.CanReadProgress(ClaimsPrincipal, StudentCopy, bool)"/>) read the ones not marked private.
/// Every staff read or change of a private one is logged (<see cref="HelpRequestAccess"/>).
/// </summary>
public static class HelpRequestAccessRules
{
    public static bool IsCare(this ClaimsPrincipal user) => user.HasRole(Roles.Care) && user.StaffId() is not null;

    /// <summary>Answer, plan a conversation, close, and read private requests: the mentor of S or care staff.</summary>
    public static bool CanHandle(ClaimsPrincipal user, StudentCopy student) => user.IsMentorOf(student) || user.IsCare();

    /// <summary>Read the requests not marked private.</summary>
    public static bool CanReadNonPrivate(ClaimsPrincipal user, StudentCopy student, bool linkedTeacher) =>
        user.IsStudent(student.Id) || CanHandle(user, student) || GuidanceAccess.CanReadProgress(user, student, linkedTeacher);

    public static bool CanRead(ClaimsPrincipal user, StudentCopy student, HelpRequest request, bool linkedTeacher) =>
        request.Private ? user.IsStudent(student.Id) || CanHandle(user, student) : CanReadNonPrivate(user, student, linkedTeacher);

    /// <summary>Whether reading <paramref name="request"/> is logged: a private one read by staff (never by the student themself).</summary>
    public static bool IsLogged(ClaimsPrincipal user, HelpRequest request) => request.Private && !user.IsStudent(request.StudentId);

    /// <summary>The role a private read is logged under: mentor (of S), care, else the first staff role that let them in (an export).</summary>
    public static string LoggedRole(ClaimsPrincipal user, StudentCopy student) =>
        user.IsMentorOf(student) ? Roles.Mentor
        : user.IsCare() ? Roles.Care
        : user.HasRole(Roles.Coordinator) ? Roles.Coordinator
        : Roles.Staff.FirstOrDefault(user.HasRole) ?? "unknown";
}
