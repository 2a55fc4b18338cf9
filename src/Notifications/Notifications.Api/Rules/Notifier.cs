using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// Opens, updates, reopens and closes work items and creates their notifications, each exactly once by the unique keys
/// (<c>(kind, subject, recipient)</c> for items, <c>(recipient, dedupe key)</c> for notifications): a redelivered event or
/// a second run of a job finds what the first made and adds nothing. Changes go through <c>db</c>; the inbox (or the
/// scheduled job's runner) saves them.
/// </summary>
public sealed class Notifier(NotificationsDbContext db)
{
    private readonly BulkRows? _bulk;

    /// <summary>For a scheduled run: new rows collect in <paramref name="bulk"/>, written by COPY at the end of the run.</summary>
    public Notifier(NotificationsDbContext db, BulkRows bulk)
        : this(db) => _bulk = bulk;

    /// <summary>
    /// Opens the item at <paramref name="at"/> (the moment of the act that asks for it) unless it is open already (then its
    /// parameters and due date follow the draft). A closed one reopens only when <paramref name="at"/> is after it was
    /// closed: an older event delivered late does not undo a newer act.
    /// </summary>
    public async Task<WorkItem?> OpenAsync(WorkItemDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        at = at.ToUniversalTime();
        var item = await FindAsync(draft.Kind, draft.SubjectKey, draft.RecipientKind, draft.RecipientId, cancellationToken);
        if (item is null)
        {
            return AddNew(draft, at);
        }

        if (item.IsOpen)
        {
            item.Parameters = draft.Parameters;
            item.DueAt = draft.DueAt?.ToUniversalTime();
            item.Urgent = draft.Urgent;
            return item;
        }

        if (item.ClosedAt >= at)
        {
            return null;
        }

        Reopen(item, draft, at);
        return item;
    }

    /// <summary>Opens a draft the caller knows has no item yet (the scheduled jobs check in bulk first).</summary>
    public WorkItem AddNew(WorkItemDraft draft, DateTimeOffset at)
    {
        var item = new WorkItem
        {
            Id = Guid.CreateVersion7(at),
            Kind = draft.Kind,
            RecipientKind = draft.RecipientKind,
            RecipientId = draft.RecipientId,
            SubjectKey = draft.SubjectKey,
            StudentId = draft.StudentId,
            PlacementId = draft.PlacementId,
            CompanyId = draft.CompanyId,
            Urgent = draft.Urgent,
            OpenedAt = at.ToUniversalTime(),
            DueAt = draft.DueAt?.ToUniversalTime(),
            Link = draft.Link,
            Parameters = draft.Parameters,
        };
        if (_bulk is not null)
        {
            _bulk.Add(item);
        }
        else
        {
            db.WorkItems.Add(item);
        }

        AddNotification(item, item.RecipientKind, item.RecipientId, $"item:{item.Id}:open", escalated: false, item.Parameters, at);
        return item;
    }

    /// <summary>Reopens a closed item: it starts again with its first recipient, and they hear of it again.</summary>
    public void Reopen(WorkItem item, WorkItemDraft draft, DateTimeOffset at)
    {
        item.ClosedAt = null;
        item.ClosedBy = null;
        item.CloseReason = null;
        item.EscalationLevel = 0;
        item.EscalatedToKind = null;
        item.EscalatedToId = null;
        item.EscalatedAt = null;
        item.OpenedAt = at.ToUniversalTime();
        item.DueAt = draft.DueAt?.ToUniversalTime();
        item.Urgent = draft.Urgent;
        item.Parameters = draft.Parameters;
        AddNotification(item, item.RecipientKind, item.RecipientId, $"item:{item.Id}:reopened:{at.UtcTicks}", escalated: false, item.Parameters, at);
    }

    /// <summary>Opens one item per recipient (the same act asked of several people, e.g. every trainer of a company).</summary>
    public async Task OpenForEachAsync(IEnumerable<WorkItemDraft> drafts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var draft in drafts)
        {
            await OpenAsync(draft, at, cancellationToken);
        }
    }

    /// <summary>Closes every open item of <paramref name="kind"/> about <paramref name="subjectKey"/>, whoever it is for.</summary>
    public Task<int> CloseAsync(NotificationKind kind, string subjectKey, string closedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        CloseWhereAsync(db.WorkItems.Where(i => i.Kind == kind && i.SubjectKey == subjectKey), closedBy, at, cancellationToken);

    /// <summary>
    /// Closes the open items the query selects. With <paramref name="openedBefore"/> only those opened before it: an act
    /// answers what was asked before it, not a question asked later.
    /// </summary>
    public async Task<int> CloseWhereAsync(
        IQueryable<WorkItem> items, string closedBy, DateTimeOffset at, CancellationToken cancellationToken, DateTimeOffset? openedBefore = null)
    {
        items = items.Where(i => i.ClosedAt == null);
        if (openedBefore is { } before)
        {
            items = items.Where(i => i.OpenedAt <= before);
        }

        var open = await items.ToListAsync(cancellationToken);
        foreach (var item in open)
        {
            Close(item, closedBy, at);
        }

        return open.Count;
    }

    public static void Close(WorkItem item, string closedBy, DateTimeOffset at)
    {
        item.ClosedAt = at.ToUniversalTime();
        item.ClosedBy = closedBy;
        item.CloseReason = null;
    }

    /// <summary>Tells someone something (no work item), once per dedupe key.</summary>
    public async Task InformAsync(InformationDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await NotificationExistsAsync(draft.RecipientKind, draft.RecipientId, draft.DedupeKey, cancellationToken))
        {
            return;
        }

        db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(at),
            RecipientKind = draft.RecipientKind,
            RecipientId = draft.RecipientId,
            Kind = draft.Kind,
            DedupeKey = draft.DedupeKey,
            StudentId = draft.StudentId,
            CompanyId = draft.CompanyId,
            Urgent = draft.Urgent,
            CreatedAt = at.ToUniversalTime(),
            Link = draft.Link,
            Parameters = draft.Parameters,
            MailState = MailState.Pending,
        });
    }

    /// <summary>A notification about an item (opened, escalated, its count grew); the caller makes the key unique.</summary>
    public Notification AddNotification(
        WorkItem item, RecipientKind recipientKind, Guid recipientId, string dedupeKey, bool escalated,
        Dictionary<string, string> parameters, DateTimeOffset at)
    {
        var notification = new Notification
        {
            Id = Guid.CreateVersion7(at),
            RecipientKind = recipientKind,
            RecipientId = recipientId,
            Kind = item.Kind,
            DedupeKey = dedupeKey,
            WorkItemId = item.Id,
            StudentId = item.StudentId,
            CompanyId = item.CompanyId,
            Urgent = item.Urgent,
            Escalated = escalated,
            CreatedAt = at.ToUniversalTime(),
            Link = item.Link,
            Parameters = parameters,
            MailState = MailState.Pending,
        };
        if (_bulk is not null)
        {
            _bulk.Add(notification);
        }
        else
        {
            db.Notifications.Add(notification);
        }

        return notification;
    }

    public async Task<bool> NotificationExistsAsync(RecipientKind kind, Guid recipientId, string dedupeKey, CancellationToken cancellationToken) =>
        db.Notifications.Local.Any(n => n.RecipientKind == kind && n.RecipientId == recipientId && n.DedupeKey == dedupeKey)
        || await db.Notifications.AnyAsync(n => n.RecipientKind == kind && n.RecipientId == recipientId && n.DedupeKey == dedupeKey, cancellationToken);

    private async Task<WorkItem?> FindAsync(NotificationKind kind, string subjectKey, RecipientKind recipientKind, Guid recipientId, CancellationToken cancellationToken) =>
        db.WorkItems.Local.FirstOrDefault(i => i.Kind == kind && i.SubjectKey == subjectKey && i.RecipientKind == recipientKind && i.RecipientId == recipientId)
        ?? await db.WorkItems.FirstOrDefaultAsync(
            i => i.Kind == kind && i.SubjectKey == subjectKey && i.RecipientKind == recipientKind && i.RecipientId == recipientId, cancellationToken);
}
