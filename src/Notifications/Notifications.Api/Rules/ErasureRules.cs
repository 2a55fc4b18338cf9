using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// A student's erasure: their copy becomes a tombstone (so a late event brings nothing back) and their rhythm, placements,
/// assignments, work items, the notifications to or about them and the unsent mails to them go.
/// </summary>
public sealed class ErasureRules(NotificationsDbContext db)
{
    public async Task EraseStudentAsync(Guid studentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var copy = await Copies.StudentAsync(db, studentId, cancellationToken);
        copy.Erase(at);
        await db.SaveChangesAsync(cancellationToken);

        await db.Notifications
            .Where(n => n.StudentId == studentId || (n.RecipientKind == RecipientKind.Student && n.RecipientId == studentId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Notifications
            .Where(n => n.WorkItemId != null && db.WorkItems.Any(i => i.Id == n.WorkItemId && i.StudentId == studentId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.WorkItems.Where(i => i.StudentId == studentId || (i.RecipientKind == RecipientKind.Student && i.RecipientId == studentId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Mails.Where(m => m.RecipientKind == RecipientKind.Student && m.RecipientId == studentId && m.SentAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        await db.Preferences.Where(p => p.RecipientKind == RecipientKind.Student && p.RecipientId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Rhythms.Where(r => r.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Assignments.Where(a => a.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Placements.Where(p => p.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
    }
}
