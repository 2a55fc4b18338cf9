using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.LocalCopies;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>Finds or starts the copy of a student; null once the student was erased (later events change nothing).</summary>
internal static class StudentCopies
{
    public static async Task<StudentCopy?> ForUpdateAsync(GuidanceDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var copy = await db.Students.FindAsync([studentId], cancellationToken);
        if (copy is null)
        {
            copy = new StudentCopy { Id = studentId };
            db.Students.Add(copy);
        }

        return copy.ErasedAt is null ? copy : null;
    }
}
