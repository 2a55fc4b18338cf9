using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// Finds a copy or starts it empty when an event about one part arrives before the copy's own events. No lock: the inbox
/// runs deliveries about one student (or trainer, staff member, period) one after the other (their key).
/// </summary>
public static class Copies
{
    public static async Task<StudentCopy> StudentAsync(NotificationsDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var copy = await db.Students.FindAsync([studentId], cancellationToken);
        if (copy is null)
        {
            copy = new StudentCopy { Id = studentId };
            db.Students.Add(copy);
        }

        return copy;
    }

    /// <summary>True when the student was erased: nothing about them may come back.</summary>
    public static async Task<bool> IsErasedAsync(NotificationsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        (await db.Students.FindAsync([studentId], cancellationToken))?.IsErased ?? false;

    public static async Task<PlacementCopy> PlacementAsync(
        NotificationsDbContext db, Guid placementId, Guid studentId, Guid companyId, CancellationToken cancellationToken)
    {
        var copy = await db.Placements.FindAsync([placementId], cancellationToken);
        if (copy is null)
        {
            copy = PlacementCopy.Stub(placementId, studentId, companyId);
            db.Placements.Add(copy);
        }

        return copy;
    }

    public static async Task<GuidanceRhythm> RhythmAsync(NotificationsDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var rhythm = await db.Rhythms.FindAsync([studentId], cancellationToken);
        if (rhythm is null)
        {
            rhythm = new GuidanceRhythm { StudentId = studentId };
            db.Rhythms.Add(rhythm);
        }

        return rhythm;
    }

    public static async Task<TrainerCopy> TrainerAsync(NotificationsDbContext db, Guid trainerId, Guid companyId, CancellationToken cancellationToken)
    {
        var copy = await db.Trainers.FindAsync([trainerId], cancellationToken);
        if (copy is null)
        {
            copy = new TrainerCopy { Id = trainerId, CompanyId = companyId };
            db.Trainers.Add(copy);
        }

        return copy;
    }
}
