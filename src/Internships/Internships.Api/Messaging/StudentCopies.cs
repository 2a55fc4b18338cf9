using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

internal static class StudentCopies
{
    /// <summary>
    /// The student's copy, created empty when an event about one part arrives before the student's first event. No
    /// lock: the inbox runs deliveries about one student one after the other (their key, docs/decisions/0016).
    /// </summary>
    public static async Task<StudentCopy> FindOrAddAsync(this InternshipsDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var student = await db.Students.FindAsync([studentId], cancellationToken);
        if (student is null)
        {
            student = new StudentCopy { Id = studentId };
            db.Students.Add(student);
        }

        return student;
    }
}
