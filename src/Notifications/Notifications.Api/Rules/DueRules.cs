using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// The rules that open items because time passed (nobody's act): hours not logged, assessments and reviews coming up, no
/// recent contact. Each reads all students at once (one query per rule), resolves recipients in memory
/// (<see cref="PeopleDirectory"/>) and opens only what has no item yet (one query per rule for the existing keys).
/// </summary>
public sealed class DueRules(NotificationsDbContext db, Notifier notifier, PeopleDirectory people)
{
    public const int AssessmentHorizonDays = 14;
    public const int ReviewHorizonDays = 7;
    public const int NoContactWeeks = 6;

    /// <summary>Students with an active placement who logged nothing in the last full week (Monday to Sunday) of it.</summary>
    public async Task<int> HoursToLogAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var weekStart = MondayOf(today).AddDays(-7);
        var weekEnd = weekStart.AddDays(6);
        var rows = await db.Placements.AsNoTracking()
            .Where(p => p.Status == PlacementStatus.Active && (p.StartedOn ?? p.StartDate) <= weekStart && p.EndDate >= weekEnd
                && (p.LastHoursLoggedOn == null || p.LastHoursLoggedOn < weekStart))
            .Join(ActiveStudents(), p => p.StudentId, s => s.Id, (p, s) => new { p.Id, p.StudentId, p.CompanyId, p.CompanyName, Student = s })
            .ToListAsync(cancellationToken);
        var drafts = rows.Select(r => new WorkItemDraft(
            NotificationKind.HoursToLog, RecipientKind.Student, r.StudentId, Subjects.HoursToLog(r.Id, weekStart), Links.Student,
            Parameters.About(r.Student, r.CompanyName).With(Parameters.WeekStart, Parameters.Iso(weekStart)), null, r.StudentId, r.Id, r.CompanyId));
        return await OpenMissingAsync(NotificationKind.HoursToLog, drafts, now, cancellationToken);
    }

    /// <summary>
    /// Before the next review (planned, else due by the rhythm) within two weeks: the trainer and the student assess,
    /// unless they did since the last review. One item per review cycle.
    /// </summary>
    public async Task<(int Trainer, int Self)> AssessmentsDueAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(AssessmentHorizonDays);
        var horizonAt = new DateTimeOffset(horizon.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.Rhythms.AsNoTracking()
            .Where(r => (r.NextReviewScheduledAt != null && r.NextReviewScheduledAt < horizonAt)
                || (r.NextReviewScheduledAt == null && r.NextReviewDue != null && r.NextReviewDue <= horizon))
            .Where(r => r.LastTrainerAssessmentAt == null || (r.LastReviewHeldAt != null && r.LastTrainerAssessmentAt <= r.LastReviewHeldAt)
                || r.LastSelfAssessmentAt == null || (r.LastReviewHeldAt != null && r.LastSelfAssessmentAt <= r.LastReviewHeldAt))
            .Join(ActiveStudents(), r => r.StudentId, s => s.Id, (r, s) => new { Rhythm = r, Student = s })
            .Join(db.Placements.Where(p => p.Status == PlacementStatus.Active), x => x.Student.Id, p => p.StudentId,
                (x, p) => new { x.Rhythm, x.Student, PlacementId = p.Id, p.TrainerId, p.CompanyId, p.CompanyName, p.StartDate })
            .ToListAsync(cancellationToken);

        var trainerDrafts = new List<WorkItemDraft>();
        var selfDrafts = new List<WorkItemDraft>();
        foreach (var row in rows.GroupBy(r => r.Student.Id).Select(g => g.OrderByDescending(r => r.StartDate).First()))
        {
            var rhythm = row.Rhythm;
            var reviewOn = rhythm.NextReviewOn()!.Value;
            var due = new DateTimeOffset(reviewOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var subject = Subjects.Assessment(row.Student.Id, rhythm.LastReviewHeldAt);
            var parameters = Parameters.About(row.Student, row.CompanyName).With(Parameters.ReviewDate, Parameters.Iso(reviewOn));
            if (!AssessedSince(rhythm.LastTrainerAssessmentAt, rhythm.LastReviewHeldAt))
            {
                trainerDrafts.AddRange(people.Trainers(row.TrainerId, row.CompanyId).Select(trainer => new WorkItemDraft(
                    NotificationKind.AssessmentDue, RecipientKind.Trainer, trainer, subject, Links.TrainerAssessment(row.PlacementId),
                    new Dictionary<string, string>(parameters), due, row.Student.Id, row.PlacementId, row.CompanyId)));
            }

            if (!AssessedSince(rhythm.LastSelfAssessmentAt, rhythm.LastReviewHeldAt))
            {
                selfDrafts.Add(new WorkItemDraft(
                    NotificationKind.SelfAssessmentDue, RecipientKind.Student, row.Student.Id, subject, Links.StudentSelfAssessment,
                    new Dictionary<string, string>(parameters), null, row.Student.Id, row.PlacementId, row.CompanyId));
            }
        }

        return (await OpenMissingAsync(NotificationKind.AssessmentDue, trainerDrafts, now, cancellationToken),
            await OpenMissingAsync(NotificationKind.SelfAssessmentDue, selfDrafts, now, cancellationToken));
    }

    /// <summary>The next review is due within a week (or overdue) and none is planned: the mentor plans it.</summary>
    public async Task<int> ReviewsDueAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(ReviewHorizonDays);
        var rows = await db.Rhythms.AsNoTracking()
            .Where(r => r.NextReviewId == null && r.NextReviewDue != null && r.NextReviewDue <= horizon)
            .Join(ActiveStudents().Where(s => s.MentorStaffId != null), r => r.StudentId, s => s.Id, (r, s) => new { Due = r.NextReviewDue!.Value, Student = s })
            .ToListAsync(cancellationToken);
        var drafts = new List<WorkItemDraft>();
        foreach (var row in rows)
        {
            if (people.StaffMember(row.Student.MentorStaffId) is { } mentor)
            {
                drafts.Add(new WorkItemDraft(
                    NotificationKind.ReviewDue, RecipientKind.Staff, mentor, Subjects.ReviewDue(row.Student.Id, row.Due), Links.MentorPlan(row.Student.Id),
                    Parameters.About(row.Student).With(Parameters.DueDate, Parameters.Iso(row.Due)),
                    new DateTimeOffset(row.Due.AddDays(7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), row.Student.Id));
            }
        }

        return await OpenMissingAsync(NotificationKind.ReviewDue, drafts, now, cancellationToken);
    }

    /// <summary>An active placement without a school–company contact for six weeks (since its start when there was none).</summary>
    public async Task<int> NoRecentContactAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now.AddDays(-7 * NoContactWeeks);
        var cutoffDate = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var rows = await db.Placements.AsNoTracking()
            .Where(p => p.Status == PlacementStatus.Active
                && ((p.LastContactAt != null && p.LastContactAt <= cutoff) || (p.LastContactAt == null && (p.StartedOn ?? p.StartDate) <= cutoffDate)))
            .Join(ActiveStudents(), p => p.StudentId, s => s.Id,
                (p, s) => new { p.Id, p.CompanyId, p.CompanyName, p.TeacherStaffId, p.LastContactAt, Start = p.StartedOn ?? p.StartDate, Student = s })
            .ToListAsync(cancellationToken);
        var drafts = new List<WorkItemDraft>();
        foreach (var row in rows)
        {
            if (people.SchoolContact(row.TeacherStaffId, row.Student.MentorStaffId) is { } contact)
            {
                var since = row.LastContactAt is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : row.Start;
                drafts.Add(new WorkItemDraft(
                    NotificationKind.NoRecentContact, RecipientKind.Staff, contact, Subjects.NoRecentContact(row.Id, since), Links.Teacher,
                    Parameters.About(row.Student, row.CompanyName).With(Parameters.DueDate, Parameters.Iso(since)), null, row.Student.Id, row.Id, row.CompanyId));
            }
        }

        return await OpenMissingAsync(NotificationKind.NoRecentContact, drafts, now, cancellationToken);
    }

    /// <summary>Opens the drafts that have no item yet (open or closed: a closed one was answered, the job does not reopen it).</summary>
    public async Task<int> OpenMissingAsync(NotificationKind kind, IEnumerable<WorkItemDraft> drafts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var list = drafts.ToList();
        if (list.Count == 0)
        {
            return 0;
        }

        var subjects = list.Select(d => d.SubjectKey).Distinct().ToList();
        var existing = (await db.WorkItems.AsNoTracking()
                .Where(i => i.Kind == kind && subjects.Contains(i.SubjectKey))
                .Select(i => new { i.SubjectKey, i.RecipientKind, i.RecipientId })
                .ToListAsync(cancellationToken))
            .Select(i => (i.SubjectKey, i.RecipientKind, i.RecipientId))
            .ToHashSet();
        var opened = 0;
        foreach (var draft in list)
        {
            if (existing.Add((draft.SubjectKey, draft.RecipientKind, draft.RecipientId)))
            {
                notifier.AddNew(draft, now);
                opened++;
            }
        }

        return opened;
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static bool AssessedSince(DateTimeOffset? assessedAt, DateTimeOffset? lastReviewHeldAt) =>
        assessedAt is { } at && (lastReviewHeldAt is not { } held || at > held);

    private IQueryable<StudentCopy> ActiveStudents() =>
        db.Students.AsNoTracking().Where(s => s.ErasedAt == null && s.Status == StudentStatus.Active);
}
