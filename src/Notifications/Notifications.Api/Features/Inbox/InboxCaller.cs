using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>
/// The signed-in person as the inbox sees them: their addressees (<see cref="CurrentRecipients"/>) split by kind, so a
/// query can say "addressed to one of these" in SQL, and whether items escalated to the coordinators are theirs too.
/// </summary>
public sealed class InboxCaller
{
    private InboxCaller(IReadOnlyList<RecipientRef> recipients, bool coordinator)
    {
        Recipients = recipients;
        StaffIds = [.. recipients.Where(r => r.Kind == RecipientKind.Staff).Select(r => r.Id)];
        TrainerIds = [.. recipients.Where(r => r.Kind == RecipientKind.Trainer).Select(r => r.Id)];
        StudentIds = [.. recipients.Where(r => r.Kind == RecipientKind.Student).Select(r => r.Id)];
        Coordinator = coordinator && StaffIds.Count > 0;
    }

    public IReadOnlyList<RecipientRef> Recipients { get; }

    public List<Guid> StaffIds { get; }

    public List<Guid> TrainerIds { get; }

    public List<Guid> StudentIds { get; }

    /// <summary>A coordinator also holds what escalated "to the coordinators" (<c>EscalatedToId</c> null).</summary>
    public bool Coordinator { get; }

    public static async Task<InboxCaller> ForAsync(ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken) =>
        new(await CurrentRecipients.ForAsync(user, db, cancellationToken), user.HasRole(Roles.Coordinator));

    public bool IsAddressee(RecipientKind kind, Guid id) => Recipients.Contains(new RecipientRef(kind, id));

    public IQueryable<Notification> Notifications(NotificationsDbContext db) =>
        db.Notifications.Where(n =>
            (n.RecipientKind == RecipientKind.Staff && StaffIds.Contains(n.RecipientId))
            || (n.RecipientKind == RecipientKind.Trainer && TrainerIds.Contains(n.RecipientId))
            || (n.RecipientKind == RecipientKind.Student && StudentIds.Contains(n.RecipientId)));

    /// <summary>Items addressed to me, escalated to me by name, and (coordinators) escalated to the coordinators.</summary>
    public IQueryable<WorkItem> WorkItems(NotificationsDbContext db)
    {
        var coordinator = Coordinator;
        return db.WorkItems.Where(w =>
            (w.RecipientKind == RecipientKind.Staff && StaffIds.Contains(w.RecipientId))
            || (w.RecipientKind == RecipientKind.Trainer && TrainerIds.Contains(w.RecipientId))
            || (w.RecipientKind == RecipientKind.Student && StudentIds.Contains(w.RecipientId))
            || (w.EscalatedToKind == RecipientKind.Staff && w.EscalatedToId != null && StaffIds.Contains(w.EscalatedToId.Value))
            || (w.EscalatedToKind == RecipientKind.Trainer && w.EscalatedToId != null && TrainerIds.Contains(w.EscalatedToId.Value))
            || (coordinator && w.EscalatedToKind == RecipientKind.Staff && w.EscalatedToId == null));
    }

    /// <summary>
    /// The language of the texts: the one asked for, else the person's own choice (preferences, then their staff
    /// account), else Dutch.
    /// </summary>
    public async Task<string> LanguageAsync(string? requested, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (requested is not null)
        {
            return requested;
        }

        var chosen = await db.Preferences.AsNoTracking()
            .Where(p => p.Language != null
                && ((p.RecipientKind == RecipientKind.Staff && StaffIds.Contains(p.RecipientId))
                    || (p.RecipientKind == RecipientKind.Trainer && TrainerIds.Contains(p.RecipientId))
                    || (p.RecipientKind == RecipientKind.Student && StudentIds.Contains(p.RecipientId))))
            .Select(p => p.Language)
            .FirstOrDefaultAsync(cancellationToken);
        chosen ??= StaffIds.Count == 0
            ? null
            : await db.Staff.AsNoTracking().Where(s => StaffIds.Contains(s.Id)).Select(s => s.Language).FirstOrDefaultAsync(cancellationToken);
        return NotificationTexts.NormaliseLanguage(chosen);
    }
}
