using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Security;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>The people with notifications waiting for mail (read through the partial index on pending notifications).</summary>
public static class WaitingRecipients
{
    public static async Task<List<RecipientRef>> ListAsync(NotificationsDbContext db, bool urgent, CancellationToken cancellationToken)
    {
        var waiting = await db.Notifications.AsNoTracking()
            .Where(n => n.MailState == MailState.Pending && n.Urgent == urgent)
            .Select(n => new { n.RecipientKind, n.RecipientId })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. waiting.Select(w => new RecipientRef(w.RecipientKind, w.RecipientId))];
    }
}
