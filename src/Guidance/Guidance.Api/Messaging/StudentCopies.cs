using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

internal static class StudentCopies
{
    /// <summary>
    /// The student's copy, started empty when an event about one part arrives before the student's first event. No
    /// lock: the inbox runs deliveries about one student one after the other (their key, docs/decisions/0016).
    /// </summary>
    public static async Task<StudentCopy> FindOrAddAsync(GuidanceDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var copy = await db.Students.FindAsync([studentId], cancellationToken);
        if (copy is null)
        {
            copy = new StudentCopy { Id = studentId };
            db.Students.Add(copy);
        }

        return copy;
    }
}
