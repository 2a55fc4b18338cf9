using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>
/// Finds or starts the copies of Internships' placements and assignments; the copy types decide which snapshot wins
/// (the highest version). No lock: the inbox runs deliveries about one student one after the other (docs/decisions/0016).
/// </summary>
internal static class InternshipsCopies
{
    public static Task<bool> IsErasedAsync(GuidanceDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        db.Students.AnyAsync(s => s.Id == studentId && s.ErasedAt != null, cancellationToken);

    /// <summary>The placement's copy, started empty for its first event; null when the student was erased.</summary>
    public static async Task<PlacementCopy?> PlacementAsync(GuidanceDbContext db, PlacementSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (await IsErasedAsync(db, snapshot.StudentId, cancellationToken))
        {
            return null;
        }

        var copy = await db.Placements.FindAsync([snapshot.PlacementId], cancellationToken);
        if (copy is null)
        {
            copy = new PlacementCopy { Id = snapshot.PlacementId };
            db.Placements.Add(copy);
        }

        return copy;
    }

    /// <summary>The assignment's copy, started empty for its first event; null when the student was erased.</summary>
    public static async Task<AssignmentCopy?> AssignmentAsync(GuidanceDbContext db, AssignmentSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (await IsErasedAsync(db, snapshot.StudentId, cancellationToken))
        {
            return null;
        }

        var copy = await db.Assignments.FindAsync([snapshot.AssignmentId], cancellationToken);
        if (copy is null)
        {
            copy = new AssignmentCopy { Id = snapshot.AssignmentId };
            db.Assignments.Add(copy);
        }

        return copy;
    }
}
