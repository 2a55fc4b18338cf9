using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>What one bundling pass did.</summary>
public readonly record struct BundleOutcome(int Mails, int Queued, int Skipped)
{
    public static BundleOutcome operator +(BundleOutcome a, BundleOutcome b) => new(a.Mails + b.Mails, a.Queued + b.Queued, a.Skipped + b.Skipped);
}

/// <summary>
/// Puts each person's pending notifications (urgent ones, or the others) into ONE mail and marks them Queued with that
/// mail's id, or Skipped (a muted kind, no address, an item that closed or a line the person already read in the
/// portal), inside the caller's transaction: a run that fails half-way leaves every notification Pending and no mail.
/// The notifications are locked (<c>FOR UPDATE</c>, then re-checked as Pending), so two runs at once never mail one twice.
/// </summary>
public sealed class MailBundler(MailComposer composer, IOptions<DeliveryOptions> options)
{
    public async Task<BundleOutcome> BundleAsync(
        NotificationsDbContext db,
        IReadOnlyList<MailRecipient> people,
        bool urgent,
        MailKind kind,
        DateOnly? digestDate,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var outcome = new BundleOutcome();
        foreach (var chunk in people.Chunk(Math.Max(1, options.Value.ComposeChunkSize)))
        {
            outcome += await BundleChunkAsync(db, chunk, urgent, kind, digestDate, now, cancellationToken);
        }

        return outcome;
    }

    private async Task<BundleOutcome> BundleChunkAsync(
        NotificationsDbContext db, MailRecipient[] people, bool urgent, MailKind kind, DateOnly? digestDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipientIds = people.Select(p => p.Id).Distinct().ToArray();
        var pending = await db.Notifications
            .FromSql($"SELECT * FROM notifications WHERE recipient_id = ANY({recipientIds}) AND mail_state = 'Pending' AND urgent = {urgent} ORDER BY id FOR UPDATE")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return default;
        }

        var itemIds = pending.Where(n => n.WorkItemId is not null).Select(n => n.WorkItemId!.Value).Distinct().ToList();
        var closedItems = itemIds.Count == 0 ? [] : await db.WorkItems.AsNoTracking()
            .Where(w => itemIds.Contains(w.Id) && w.ClosedAt != null)
            .Select(w => w.Id)
            .ToHashSetAsync(cancellationToken);

        var byRecipient = pending.ToLookup(n => (n.RecipientKind, n.RecipientId));
        var queuedIds = new List<Guid>();
        var queuedMailIds = new List<Guid>();
        var skippedIds = new List<Guid>();
        var mails = new List<OutgoingMail>();
        foreach (var person in people)
        {
            var mailed = new List<Notification>();
            foreach (var notification in byRecipient[(person.Kind, person.Id)])
            {
                var skip = !person.HasAddress
                    || !person.Wants(notification.Kind)
                    || notification.ReadAt is not null
                    || (notification.WorkItemId is { } itemId && closedItems.Contains(itemId));
                if (skip)
                {
                    skippedIds.Add(notification.Id);
                }
                else
                {
                    mailed.Add(notification);
                }
            }

            if (mailed.Count == 0)
            {
                continue;
            }

            var mail = composer.Compose(person, mailed, kind, digestDate, now);
            mails.Add(mail);
            queuedIds.AddRange(mailed.Select(n => n.Id));
            queuedMailIds.AddRange(mailed.Select(_ => mail.Id));
        }

        if (mails.Count > 0)
        {
            db.Mails.AddRange(mails);
            await db.SaveChangesAsync(cancellationToken);
            // Not kept tracked: a run over thousands of people must not carry every body in memory to the end.
            foreach (var mail in mails)
            {
                db.Entry(mail).State = EntityState.Detached;
            }

            var ids = queuedIds.ToArray();
            var mailIds = queuedMailIds.ToArray();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE notifications AS n SET mail_state = 'Queued', mail_id = q.mail_id FROM unnest({ids}, {mailIds}) AS q(id, mail_id) WHERE n.id = q.id",
                cancellationToken);
        }

        if (skippedIds.Count > 0)
        {
            var ids = skippedIds.ToArray();
            await db.Database.ExecuteSqlAsync($"UPDATE notifications SET mail_state = 'Skipped' WHERE id = ANY({ids})", cancellationToken);
        }

        return new BundleOutcome(mails.Count, queuedIds.Count, skippedIds.Count);
    }
}
