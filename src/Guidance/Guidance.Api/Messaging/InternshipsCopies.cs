using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.LocalCopies;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>Applies Internships' snapshots: the highest version per placement or assignment wins, whatever the order.</summary>
internal static class InternshipsCopies
{
    public static Task<bool> IsErasedAsync(GuidanceDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        db.Students.AnyAsync(s => s.Id == studentId && s.ErasedAt != null, cancellationToken);

    /// <summary>The copy after applying the snapshot, and whether it was newer than what was there.</summary>
    public static async Task<(PlacementCopy? Copy, bool Applied)> ApplyAsync(GuidanceDbContext db, PlacementSnapshot snapshot, long version, CancellationToken cancellationToken)
    {
        if (await IsErasedAsync(db, snapshot.StudentId, cancellationToken))
        {
            return (null, false);
        }

        var copy = await db.Placements.FindAsync([snapshot.PlacementId], cancellationToken);
        if (copy is null)
        {
            copy = new PlacementCopy { Id = snapshot.PlacementId };
            db.Placements.Add(copy);
        }
        else if (version <= copy.Version)
        {
            return (copy, false);
        }

        copy.Apply(snapshot, version);
        return (copy, true);
    }

    public static async Task<(AssignmentCopy? Copy, bool Applied)> ApplyAsync(GuidanceDbContext db, AssignmentSnapshot snapshot, long version, CancellationToken cancellationToken)
    {
        if (await IsErasedAsync(db, snapshot.StudentId, cancellationToken))
        {
            return (null, false);
        }

        var copy = await db.Assignments.FindAsync([snapshot.AssignmentId], cancellationToken);
        if (copy is null)
        {
            copy = new AssignmentCopy { Id = snapshot.AssignmentId };
            db.Assignments.Add(copy);
        }
        else if (version <= copy.Version)
        {
            return (copy, false);
        }

        copy.Apply(snapshot, version);
        return (copy, true);
    }
}
