using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Scheduling;

/// <summary>
/// Moves an open item to the next person when it is past due, or at once when its recipient can no longer act
/// (deactivated, or no trainer was known): a trainer's item to the placement's school contact (teacher, else mentor, else
/// the coordinators); a mentor's or teacher's item to the coordinators. Once per item (level 0 → 1); idempotent.
/// </summary>
public sealed class EscalationJob(ILogger<EscalationJob> logger) : IScheduledJob
{
    public const string JobName = "escalation";

    private static readonly NotificationKind[] ToSchoolContact =
    [
        NotificationKind.AgreementToSign, NotificationKind.AssignmentToConfirm, NotificationKind.AssignmentToSignOff,
        NotificationKind.HoursToApprove, NotificationKind.AssessmentDue, NotificationKind.SchoolQuestion,
    ];

    private static readonly NotificationKind[] ToCoordinators =
    [
        NotificationKind.SignalRaised, NotificationKind.ReviewDue, NotificationKind.AssignmentToReview,
        NotificationKind.NoRecentContact, NotificationKind.AssessorDiscrepancy,
    ];

    public string Name => JobName;

    public DateTimeOffset NextRunAfter(DateTimeOffset now) => now.AddMinutes(5);

    public async Task RunAsync(NotificationsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kinds = ToSchoolContact.Concat(ToCoordinators).ToList();
        var items = await db.WorkItems.AsNoTracking()
            .Where(i => i.ClosedAt == null && i.EscalationLevel == 0 && kinds.Contains(i.Kind))
            .Where(i => i.DueAt <= now
                || (i.RecipientKind == RecipientKind.Trainer
                    && (i.RecipientId == Recipients.NobodyYet || db.Trainers.Any(t => t.Id == i.RecipientId && !t.Active)))
                || (i.RecipientKind == RecipientKind.Staff && db.Staff.Any(s => s.Id == i.RecipientId && !s.Active)))
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return;
        }

        var people = await PeopleDirectory.LoadAsync(db, cancellationToken);
        var placementIds = items.Where(i => i.PlacementId != null).Select(i => i.PlacementId!.Value).Distinct().ToList();
        var teachers = await db.Placements.AsNoTracking().Where(p => placementIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.TeacherStaffId, cancellationToken);
        var studentIds = items.Where(i => i.StudentId != null).Select(i => i.StudentId!.Value).Distinct().ToList();
        var mentors = await db.Students.AsNoTracking().Where(s => studentIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.MentorStaffId, cancellationToken);
        var itemIds = items.Select(i => i.Id).ToList();
        var told = (await db.Notifications.AsNoTracking().Where(n => n.WorkItemId != null && itemIds.Contains(n.WorkItemId.Value) && n.Escalated)
                .Select(n => n.DedupeKey).ToListAsync(cancellationToken))
            .ToHashSet();

        var bulk = new BulkRows();
        var notifier = new Notifier(db, bulk);
        var targets = new List<Guid?>(items.Count);
        foreach (var item in items)
        {
            Guid? person = null;
            if (ToSchoolContact.Contains(item.Kind))
            {
                var teacher = item.PlacementId is { } placementId ? teachers.GetValueOrDefault(placementId) : null;
                var mentor = item.StudentId is { } studentId ? mentors.GetValueOrDefault(studentId) : null;
                person = people.SchoolContact(teacher, mentor);
            }

            targets.Add(person);

            var parameters = new Dictionary<string, string>(item.Parameters)
                .With(Parameters.RecipientName, people.NameOf(item.RecipientKind, item.RecipientId));
            IReadOnlyList<Guid> to = person is { } one ? [one] : people.Coordinators;
            foreach (var staffId in to.Where(s => !(item.RecipientKind == RecipientKind.Staff && item.RecipientId == s)))
            {
                var key = $"item:{item.Id}:escalated:{staffId}";
                if (told.Add(key))
                {
                    notifier.AddNotification(item, RecipientKind.Staff, staffId, key, escalated: true, new Dictionary<string, string>(parameters), now);
                }
            }
        }

        // One statement for all items; one still open and unescalated (a consumer may have closed it meanwhile).
        var ids = items.Select(i => i.Id).ToArray();
        var escalatedTo = targets.ToArray();
        var staff = nameof(RecipientKind.Staff);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE work_items AS w
            SET escalation_level = 1, escalated_to_kind = {staff}, escalated_to_id = t.target, escalated_at = {now}
            FROM unnest({ids}::uuid[], {escalatedTo}::uuid[]) AS t(id, target)
            WHERE w.id = t.id AND w.closed_at IS NULL AND w.escalation_level = 0
            """,
            cancellationToken);
        var notifications = bulk.Count;
        await bulk.WriteAsync(db, cancellationToken);
        logger.LogInformation("Escalated {Items} work items with {Notifications} notifications.", items.Count, notifications);
    }
}
