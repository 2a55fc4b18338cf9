using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Security;

internal static class StudentLookup
{
    /// <summary>The student as Guidance knows it; null when unknown or erased (answered 404).</summary>
    public static Task<StudentCopy?> FindStudentAsync(this GuidanceDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.ErasedAt == null, cancellationToken);

    /// <summary>
    /// "A teacher's students": those the school linked the teacher to, in Guidance or as the teacher of one of the
    /// student's placements. False for anyone who is not a teacher.
    /// </summary>
    public static async Task<bool> IsLinkedTeacherAsync(this GuidanceDbContext db, ClaimsPrincipal user, Guid studentId, CancellationToken cancellationToken) =>
        user.HasRole(Roles.Teacher) && user.StaffId() is { } staffId
        && (await db.StudentTeachers.AnyAsync(l => l.StudentId == studentId && l.TeacherStaffId == staffId, cancellationToken)
            || await db.Placements.AnyAsync(p => p.StudentId == studentId && p.TeacherStaffId == staffId, cancellationToken));
}
