using System.Security.Claims;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Security;

/// <summary>
/// Who may see and do what, by role and by the relationships in the local copies: a mentor's mentees (Students'
/// mentor), a trainer's placed students (Internships' placement at one of the trainer's companies), the student
/// themself. "A teacher's students" are the students the school linked the teacher to (<c>student_teachers</c>, by a
/// coordinator or the student's mentor): never anything the teacher wrote themself, such as a draft assessment, and not
/// "every student of the school", which would show needs levels to staff with no part in the student's guidance.
/// </summary>
public static class GuidanceAccess
{
    /// <summary>The caller's stable id as an assessor or author: staff id, student id, else the token subject.</summary>
    public static string CallerId(this ClaimsPrincipal user) =>
        user.StaffId()?.ToString() ?? user.StudentId()?.ToString() ?? user.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";

    public static bool IsMentorOf(this ClaimsPrincipal user, StudentCopy student) =>
        user.HasRole(Roles.Mentor) && user.StaffId() is { } staff && staff == student.MentorStaffId;

    public static bool IsStudent(this ClaimsPrincipal user, Guid studentId) =>
        user.HasRole(Roles.Student) && user.StudentId() == studentId;

    /// <summary>Progress view, signals, full plan: the mentor, a coordinator, or a teacher the school linked to the student.</summary>
    public static bool CanReadProgress(ClaimsPrincipal user, StudentCopy student, bool linkedTeacher) =>
        CanReadProgress(user, student.MentorStaffId, linkedTeacher);

    /// <inheritdoc cref="CanReadProgress(ClaimsPrincipal, StudentCopy, bool)"/>
    public static bool CanReadProgress(ClaimsPrincipal user, Guid? mentorStaffId, bool linkedTeacher) =>
        user.HasRole(Roles.Coordinator)
        || (user.HasRole(Roles.Mentor) && user.StaffId() is { } staff && staff == mentorStaffId)
        || (user.HasRole(Roles.Teacher) && linkedTeacher);

    /// <summary>
    /// Signals: whoever reads the progress view, and care staff (who raise signals by hand and follow the students
    /// the school asked them to help).
    /// </summary>
    public static bool CanReadSignals(ClaimsPrincipal user, StudentCopy student, bool linkedTeacher) =>
        CanReadProgress(user, student, linkedTeacher) || user.HasRole(Roles.Care);

    /// <summary>Raising a signal by hand: the student's mentor, a teacher the school linked to the student, or care staff.</summary>
    public static bool CanRaiseSignal(ClaimsPrincipal user, StudentCopy student, bool linkedTeacher) =>
        user.IsMentorOf(student) || (user.HasRole(Roles.Teacher) && linkedTeacher) || user.HasRole(Roles.Care);

    /// <summary>
    /// The right of access, the same rule in every service: the student themself, the student's own mentor, care staff,
    /// or a coordinator handling the request. Never a teacher, trainer or operator, whatever they may read otherwise.
    /// </summary>
    public static bool CanExport(ClaimsPrincipal user, StudentCopy student) =>
        user.HasRole(Roles.Coordinator) || user.HasRole(Roles.Care) || user.IsStudent(student.Id) || user.IsMentorOf(student);

    /// <summary>Reading one assessment. Drafts only by their assessor, the student (co-writing) and the mentor.</summary>
    public static bool CanRead(ClaimsPrincipal user, Assessment assessment, StudentCopy? student, IReadOnlySet<Guid> trainerCompaniesOfPlacement, bool linkedTeacher)
    {
        if (assessment.AssessorId == user.CallerId() || user.IsStudent(assessment.StudentId) || (student is not null && user.IsMentorOf(student)))
        {
            return true;
        }

        if (assessment.Status != AssessmentStatus.Submitted)
        {
            return false;
        }

        return user.HasRole(Roles.Coordinator)
            || (user.HasRole(Roles.Teacher) && linkedTeacher)
            || (assessment.PlacementId is not null && trainerCompaniesOfPlacement.Any(user.WorksFor));
    }

    /// <summary>
    /// Who may start an assessment in <paramref name="role"/>; <paramref name="placement"/> is the context (required for
    /// trainers); a teacher only of a student the school linked them to.
    /// </summary>
    public static bool CanAssessAs(ClaimsPrincipal user, AssessorRole role, StudentCopy student, PlacementCopy? placement, StudentCopy? callerAsStudent, bool linkedTeacher) => role switch
    {
        AssessorRole.Self => user.IsStudent(student.Id),
        AssessorRole.Peer => user.HasRole(Roles.Student) && user.StudentId() != student.Id && callerAsStudent?.Cohort is not null && callerAsStudent.Cohort == student.Cohort,
        AssessorRole.Teacher => user.HasRole(Roles.Teacher) && user.StaffId() is not null && linkedTeacher,
        AssessorRole.Mentor => user.IsMentorOf(student),
        AssessorRole.Trainer => placement is not null && placement.StudentId == student.Id && user.WorksFor(placement.CompanyId),
        _ => false,
    };
}
