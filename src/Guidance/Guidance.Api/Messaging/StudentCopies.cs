using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.LocalCopies;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>Finds or starts the copy of a student; null once the student was erased (later events change nothing).</summary>
internal static class StudentCopies
{
    public static async Task<StudentCopy?> ForUpdateAsync(GuidanceDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        // Locked until the inbox transaction commits, so two events about one student apply one after the other.
        var copy = await db.Students
            .FromSql($"SELECT * FROM student_copies WHERE id = {studentId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (copy is null)
        {
            copy = new StudentCopy { Id = studentId };
            db.Students.Add(copy);
        }

        return copy.ErasedAt is null ? copy : null;
    }
}
