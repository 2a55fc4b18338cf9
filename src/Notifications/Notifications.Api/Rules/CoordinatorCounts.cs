using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// The coordinators' counts per coming period: students still without a placement (three weeks ahead) and agreements
/// still unsigned (two weeks ahead). One item per coordinator per period; its count follows each run, a new
/// notification only when the count grows past what they were told, closed when it reaches zero.
/// </summary>
public sealed class CoordinatorCounts(NotificationsDbContext db, Notifier notifier, PeopleDirectory people)
{
    public const int UnplacedHorizonDays = 21;
    public const int UnsignedHorizonDays = 14;

    public async Task<int> StudentsUnplacedAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(UnplacedHorizonDays);
        var periods = await db.Periods.AsNoTracking().Where(p => p.Start >= today && p.Start <= horizon).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var period in periods)
        {
            var crebos = period.Crebos;
            var periodId = period.Id;
            var count = await db.Students.AsNoTracking()
                .Where(s => s.ErasedAt == null && s.Status == StudentStatus.Active && crebos.Contains(s.Crebo)
                    && !db.Placements.Any(p => p.StudentId == s.Id && p.PeriodId == periodId && p.Status != PlacementStatus.EndedEarly))
                .CountAsync(cancellationToken);
            changed += await FollowCountAsync(NotificationKind.StudentsUnplaced, Subjects.StudentsUnplaced(period.Id), Links.CoordinatorMatching, period, count, now, cancellationToken);
        }

        return changed;
    }

    public async Task<int> AgreementsUnsignedAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(UnsignedHorizonDays);
        var periods = await db.Periods.AsNoTracking().Where(p => p.Start >= today && p.Start <= horizon).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var period in periods)
        {
            var periodId = period.Id;
            var count = await db.Placements.AsNoTracking()
                .Where(p => p.PeriodId == periodId && p.Status == PlacementStatus.Proposed && p.Version > 0)
                .Join(db.Students.Where(s => s.ErasedAt == null), p => p.StudentId, s => s.Id, (p, s) => p.Id)
                .CountAsync(cancellationToken);
            changed += await FollowCountAsync(NotificationKind.AgreementsUnsigned, Subjects.AgreementsUnsigned(period.Id), Links.CoordinatorPlacements, period, count, now, cancellationToken);
        }

        return changed;
    }

    private async Task<int> FollowCountAsync(
        NotificationKind kind, string subject, string link, PeriodCopy period, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await db.WorkItems.Where(i => i.Kind == kind && i.SubjectKey == subject && i.RecipientKind == RecipientKind.Staff)
            .ToDictionaryAsync(i => i.RecipientId, cancellationToken);
        var changed = 0;
        foreach (var item in items.Values.Where(i => i.IsOpen && (count == 0 || !people.Coordinators.Contains(i.RecipientId))))
        {
            // Nothing left to do, or no longer a coordinator here.
            Notifier.Close(item, ClosedBy.DueItemsJob, now);
            changed++;
        }

        if (count == 0)
        {
            return changed;
        }

        var parameters = new Dictionary<string, string>()
            .With(Parameters.Count, count.ToString(CultureInfo.InvariantCulture))
            .With(Parameters.PeriodName, period.Name)
            .With(Parameters.PeriodStart, Parameters.Iso(period.Start));
        foreach (var coordinator in people.Coordinators)
        {
            var draft = new WorkItemDraft(kind, RecipientKind.Staff, coordinator, subject, link, new Dictionary<string, string>(parameters), null);
            if (!items.TryGetValue(coordinator, out var item))
            {
                notifier.AddNew(draft, now);
                changed++;
            }
            else if (!item.IsOpen)
            {
                // Back after the count reached zero; an item a person closed with a reason stays closed.
                if (item.ClosedBy == ClosedBy.DueItemsJob)
                {
                    notifier.Reopen(item, draft, now);
                    changed++;
                }
            }
            else if (item.Parameters.GetValueOrDefault(Parameters.Count) != draft.Parameters[Parameters.Count])
            {
                var told = int.TryParse(item.Parameters.GetValueOrDefault(Parameters.Count), CultureInfo.InvariantCulture, out var previous) ? previous : 0;
                item.Parameters = draft.Parameters;
                var key = $"item:{item.Id}:grew:{count}";
                if (count > told && !await notifier.NotificationExistsAsync(RecipientKind.Staff, coordinator, key, cancellationToken))
                {
                    notifier.AddNotification(item, RecipientKind.Staff, coordinator, key, escalated: false, item.Parameters, now);
                }

                changed++;
            }
        }

        return changed;
    }
}
