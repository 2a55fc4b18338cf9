using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Notifications.Features.Inbox;

/// <summary>
/// The bell: a person's notifications, unread count, mark as read; their work items, closing one with a reason. Anyone
/// signed in may ask; what they get is decided by relationship (<see cref="InboxCaller"/>): someone else's notification
/// or work item is answered 404, as if it did not exist.
/// </summary>
public static class InboxApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/notifications").WithTags("Inbox").RequireAuthorization();
        inbox.MapGet("/", ListAsync);
        inbox.MapGet("/unread-count", UnreadCountAsync);
        inbox.MapPost("/{id:guid}/read", MarkReadAsync);
        inbox.MapPost("/read-all", MarkAllReadAsync);
        inbox.MapGet("/work-items", WorkItemsAsync);
        inbox.MapPost("/work-items/{id:guid}/close", CloseWorkItemAsync);
        return app;
    }

    /// <summary>Newest first; <c>unread=true</c> only the unread ones. Texts in <c>language</c> (nl, en), else the person's own.</summary>
    private static async Task<Ok<NotificationPage>> ListAsync(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken,
        bool? unread = null, int page = 1, int pageSize = 20, string? language = null)
    {
        var offset = Paging.Offset(page, pageSize, MaxPageSize);
        var requested = LanguageOf(language);
        var caller = await InboxCaller.ForAsync(user, db, cancellationToken);
        var mine = caller.Notifications(db).AsNoTracking();
        var filtered = unread == true ? mine.Where(n => n.ReadAt == null) : unread == false ? mine.Where(n => n.ReadAt != null) : mine;

        var total = await filtered.CountAsync(cancellationToken);
        var unreadCount = unread == true ? total : await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var rows = await filtered
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(offset).Take(pageSize)
            .Select(n => new
            {
                Notification = n,
                WorkItemOpen = n.WorkItemId == null ? (bool?)null : db.WorkItems.Any(w => w.Id == n.WorkItemId && w.ClosedAt == null),
            })
            .ToListAsync(cancellationToken);

        var texts = await caller.LanguageAsync(requested, db, cancellationToken);
        var items = rows.Select(row => NotificationLine.From(row.Notification, row.WorkItemOpen, texts)).ToList();
        return TypedResults.Ok(new NotificationPage(items, total, unreadCount, page, pageSize));
    }

    /// <summary>Cheap: the portal polls it for the bell.</summary>
    private static async Task<Ok<UnreadCount>> UnreadCountAsync(ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var caller = await InboxCaller.ForAsync(user, db, cancellationToken);
        var unread = caller.Recipients.Count == 0 ? 0 : await caller.Notifications(db).CountAsync(n => n.ReadAt == null, cancellationToken);
        return TypedResults.Ok(new UnreadCount(unread));
    }

    /// <summary>Marking a read notification read again changes nothing (the first reading time stays).</summary>
    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(
        Guid id, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = await InboxCaller.ForAsync(user, db, cancellationToken);
        var mine = caller.Notifications(db).Where(n => n.Id == id);
        if (!await mine.AnyAsync(cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MarkAllReadAsync(ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = await InboxCaller.ForAsync(user, db, cancellationToken);
        if (caller.Recipients.Count > 0)
        {
            var now = clock.GetUtcNow();
            await caller.Notifications(db).Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// <c>open=true</c> (the default): open items, urgent first, then the earliest due; <c>open=false</c>: closed ones,
    /// last closed first.
    /// </summary>
    private static async Task<Ok<WorkItemPage>> WorkItemsAsync(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken,
        bool? open = null, int page = 1, int pageSize = 20, string? language = null)
    {
        var offset = Paging.Offset(page, pageSize, MaxPageSize);
        var requested = LanguageOf(language);
        var caller = await InboxCaller.ForAsync(user, db, cancellationToken);
        var visible = caller.WorkItems(db).AsNoTracking();
        var query = open == false
            ? visible.Where(w => w.ClosedAt != null).OrderByDescending(w => w.ClosedAt).ThenBy(w => w.Id)
            : visible.Where(w => w.ClosedAt == null)
                .OrderByDescending(w => w.Urgent).ThenBy(w => w.DueAt == null).ThenBy(w => w.DueAt).ThenBy(w => w.OpenedAt).ThenBy(w => w.Id);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(offset).Take(pageSize).ToListAsync(cancellationToken);
        var texts = await caller.LanguageAsync(requested, db, cancellationToken);
        var names = await RecipientNamesAsync(db, items, cancellationToken);
        var lines = items.Select(item => ToLine(item, caller, names, texts)).ToList();
        return TypedResults.Ok(new WorkItemPage(lines, total));
    }

    /// <summary>
    /// Closing by hand, with a reason: an item that needs no act any more. The update is conditional, so of two people
    /// closing at once (or a person and the event that does the act) one wins and the other gets 409 <c>work-item-closed</c>.
    /// </summary>
    private static async Task<Results<Ok<WorkItemLine>, NotFound>> CloseWorkItemAsync(
        Guid id, CloseWorkItemRequest request, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken, string? language = null)
    {
        var reason = request.ValidReason();
        var requested = LanguageOf(language);
        var caller = await InboxCaller.ForAsync(user, db, cancellationToken);
        var item = await caller.WorkItems(db).AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var closedBy = user.FindFirst(ClaimNames.Subject)?.Value ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var closed = await db.WorkItems.Where(w => w.Id == id && w.ClosedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(w => w.ClosedAt, now)
            .SetProperty(w => w.ClosedBy, closedBy)
            .SetProperty(w => w.CloseReason, reason), cancellationToken);
        if (closed == 0)
        {
            throw new ConflictException("work-item-closed", "This work item is already closed.");
        }

        await db.Notifications.Where(n => n.WorkItemId == id && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        item.ClosedAt = now;
        item.ClosedBy = closedBy;
        item.CloseReason = reason;
        var names = await RecipientNamesAsync(db, [item], cancellationToken);
        return TypedResults.Ok(ToLine(item, caller, names, await caller.LanguageAsync(requested, db, cancellationToken)));
    }

    private static WorkItemLine ToLine(WorkItem item, InboxCaller caller, IReadOnlyDictionary<(RecipientKind, Guid), string> names, string language) =>
        WorkItemLine.From(item, !caller.IsAddressee(item.RecipientKind, item.RecipientId), names.GetValueOrDefault((item.RecipientKind, item.RecipientId)), language);

    /// <summary>Who each item was first addressed to, by name (empty for an erased trainer).</summary>
    private static async Task<IReadOnlyDictionary<(RecipientKind, Guid), string>> RecipientNamesAsync(
        NotificationsDbContext db, IReadOnlyList<WorkItem> items, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(RecipientKind, Guid), string>();
        var staff = items.Where(i => i.RecipientKind == RecipientKind.Staff).Select(i => i.RecipientId).Distinct().ToList();
        var trainers = items.Where(i => i.RecipientKind == RecipientKind.Trainer).Select(i => i.RecipientId).Distinct().ToList();
        var students = items.Where(i => i.RecipientKind == RecipientKind.Student).Select(i => i.RecipientId).Distinct().ToList();
        if (staff.Count > 0)
        {
            foreach (var s in await db.Staff.AsNoTracking().Where(s => staff.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken))
            {
                names[(RecipientKind.Staff, s.Id)] = s.DisplayName;
            }
        }

        if (trainers.Count > 0)
        {
            foreach (var t in await db.Trainers.AsNoTracking().Where(t => trainers.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            {
                names[(RecipientKind.Trainer, t.Id)] = t.Name;
            }
        }

        if (students.Count > 0)
        {
            foreach (var s in await db.Students.AsNoTracking().Where(s => students.Contains(s.Id)).Select(s => new { s.Id, s.FirstName, s.LastName }).ToListAsync(cancellationToken))
            {
                names[(RecipientKind.Student, s.Id)] = $"{s.FirstName} {s.LastName}".Trim();
            }
        }

        return names;
    }

    /// <summary>nl or en when asked for; nothing asked: the person's own language.</summary>
    private static string? LanguageOf(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "nl" or "en" => language.Trim().ToLowerInvariant(),
        _ => throw new FieldValidationException("language", "The language is nl or en."),
    };
}
