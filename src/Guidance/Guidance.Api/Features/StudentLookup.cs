using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.LocalCopies;

namespace PartnershipHub.Guidance.Features;

internal static class StudentLookup
{
    /// <summary>The student as Guidance knows it; null when unknown or erased (answered 404).</summary>
    public static Task<StudentCopy?> FindStudentAsync(this GuidanceDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.ErasedAt == null, cancellationToken);

    /// <summary>"A teacher's students": those the teacher has assessed.</summary>
    public static Task<bool> HasAssessedAsync(this GuidanceDbContext db, string assessorId, Guid studentId, CancellationToken cancellationToken) =>
        db.Assessments.AnyAsync(a => a.StudentId == studentId && a.AssessorId == assessorId, cancellationToken);
}
