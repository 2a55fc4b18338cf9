using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// Recomputes a student's <see cref="ProgressDocument"/> from the local copies and Guidance's own data. Every writer
/// calls <see cref="RefreshAsync"/> after its change; refreshes of one student are serialised by an advisory lock
/// held to the end of the transaction, so the last refresh always sees every committed change.
/// </summary>
public sealed class ProgressProjector(GuidanceDbContext db, FrameworkCache frameworks, TimeProvider clock, IOptions<JsonOptions> json)
{
    private static readonly PlacementStatus[] CurrentFirst =
        [PlacementStatus.Active, PlacementStatus.AgreementSigned, PlacementStatus.Proposed, PlacementStatus.Completed, PlacementStatus.EndedEarly];

    public async Task<ProgressResponse?> RefreshAsync(Guid studentId, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var key = studentId.GetHashCode();
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7006, {key})", cancellationToken);
            var progress = await ComputeAsync(studentId, cancellationToken);
            if (progress is null)
            {
                await db.Database.ExecuteSqlAsync($"DELETE FROM progress_documents WHERE student_id = {studentId}", cancellationToken);
            }
            else
            {
                var document = Encoding.UTF8.GetString(StoredProgressJson.Serialize(progress, json.Value.SerializerOptions));
                var now = clock.GetUtcNow();
                await db.Database.ExecuteSqlAsync(
                    $"""
                     INSERT INTO progress_documents (student_id, document, updated_at) VALUES ({studentId}, {document}::json, {now})
                     ON CONFLICT (student_id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at
                     """,
                    cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return progress;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The trainer's name is in the progress view of every student they guide: refresh each of them.</summary>
    public async Task RefreshStudentsOfTrainerAsync(Guid trainerId, CancellationToken cancellationToken)
    {
        var students = await db.Placements.Where(p => p.TrainerId == trainerId).Select(p => p.StudentId).Distinct().ToListAsync(cancellationToken);
        foreach (var student in students)
        {
            await RefreshAsync(student, cancellationToken);
        }
    }

    /// <summary>
    /// Replaces only the assignments part of an existing document (assignment events are the most frequent and
    /// change nothing else); a student without a document gets a full refresh.
    /// </summary>
    public async Task RefreshAssignmentsAsync(Guid studentId, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7006, {studentId.GetHashCode()})", cancellationToken);
            var assignments = await db.Assignments.AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
            var part = Encoding.UTF8.GetString(StoredProgressJson.Serialize(Assignments(assignments), json.Value.SerializerOptions));
            var now = clock.GetUtcNow();
            // The stored text is the serialised ProgressResponse, so "assignments" is followed by "hours"; neither key can
            // occur unescaped inside a string value. Swapped in the database: the document never travels for an event.
            var updated = await db.Database.ExecuteSqlAsync(
                $"""
                 UPDATE progress_documents d
                 SET document = (left(c.t, strpos(c.t, '"assignments":') + 13) || {part} || substr(c.t, strpos(c.t, ',"hours":')))::json, updated_at = {now}
                 FROM (SELECT document::text AS t FROM progress_documents WHERE student_id = {studentId}) c
                 WHERE d.student_id = {studentId}
                 """,
                cancellationToken);
            if (updated == 0)
            {
                await RefreshAsync(studentId, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The view as stored; null when the student is unknown or erased.</summary>
    public async Task<ProgressResponse?> ComputeAsync(Guid studentId, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId && s.ErasedAt == null, cancellationToken);
        if (student is null)
        {
            return null;
        }

        var placements = await db.Placements.AsNoTracking().Where(p => p.StudentId == studentId).ToListAsync(cancellationToken);
        var current = placements.OrderBy(p => Array.IndexOf(CurrentFirst, p.Status)).ThenByDescending(p => p.StartDate).FirstOrDefault();
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        var assessments = await db.Assessments.Counting()
            .Where(a => a.StudentId == studentId)
            .OrderBy(a => a.SubmittedAt)
            .ToListAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.StudentId == studentId, cancellationToken);
        var review = await db.Reviews.AsNoTracking()
            .Where(r => r.StudentId == studentId && r.Status == ReviewStatus.Scheduled)
            .OrderBy(r => r.ScheduledAt)
            .FirstOrDefaultAsync(cancellationToken);
        var signals = await db.Signals.AsNoTracking()
            .Where(s => s.StudentId == studentId && s.Status != SignalStatus.Resolved)
            .OrderByDescending(s => s.RaisedAt)
            .ToListAsync(cancellationToken);

        HoursSummary? hours = null;
        string? trainerName = null;
        if (current is not null)
        {
            var weeks = await db.ApprovedWeeks.AsNoTracking().Where(w => w.PlacementId == current.Id).Select(w => w.Hours).ToListAsync(cancellationToken);
            hours = new HoursSummary(current.Id, weeks.Sum(), 0, current.PlannedHours, null, weeks.Count);
            trainerName = current.TrainerId is { } trainerId
                ? await db.Trainers.AsNoTracking().Where(t => t.Id == trainerId && t.Name != "").Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
        }

        var timeline = await TimelineQuery.LoadAsync(db, studentId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var (latest, criteria, discrepancies) = ProgressCalculator.Calculate(assessments, await frameworks.AllAsync(cancellationToken));
        return new ProgressResponse(
            student.Id,
            student.DisplayName,
            student.StudentNumber,
            student.Cohort,
            student.Status,
            student.MentorStaffId,
            student.EnrolmentId is null ? null : new EnrolmentSummary(student.Crebo, student.QualificationName, student.Level, student.Route, student.EnrolmentStart, student.ExpectedEnd),
            student.IntakeVersion == 0 ? null : new IntakeSummary(student.IntakeDate, student.Needs, student.ProgressionWish),
            current is null ? null : new PlacementSummary(current.Id, current.CompanyId, current.CompanyName, current.TrainerId, trainerName, current.StartDate, current.EndDate, current.Status, current.Risks, current.StartedOn),
            Assignments(assignments),
            hours,
            latest,
            criteria,
            discrepancies,
            plan?.Goals ?? [],
            review is null ? null : new NextReview(review.Id, review.ScheduledAt, false),
            [.. signals.Select(SignalResponse.From)],
            timeline);
    }

    /// <summary>The parts that depend on today, filled in on read.</summary>
    public static ProgressResponse AsOf(ProgressResponse stored, DateTimeOffset now)
    {
        var hours = stored.Hours;
        if (hours is not null && stored.Placement is { } placement)
        {
            var plannedToDate = SignalRules.ExpectedHours(
                new PlacementCopy { StartDate = placement.StartDate, StartedOn = placement.StartedOn, EndDate = placement.EndDate, PlannedHours = hours.PlannedTotal },
                DateOnly.FromDateTime(now.UtcDateTime));
            hours = hours with { PlannedToDate = plannedToDate, PercentOfPlanToDate = plannedToDate > 0 ? Math.Round(100 * hours.Approved / plannedToDate, 1) : null };
        }

        return stored with
        {
            Hours = hours,
            NextReview = stored.NextReview is { } review ? review with { Overdue = review.ScheduledAt < now } : null,
        };
    }

    private static AssignmentsSummary Assignments(List<AssignmentCopy> assignments) => new(
        assignments.GroupBy(a => a.Status).ToDictionary(g => JsonNamingPolicy.CamelCase.ConvertName(g.Key.ToString()), g => g.Count()),
        [.. assignments.Select(Line)]);

    private static AssignmentLine Line(AssignmentCopy a) => new(a.Id, a.PlacementId, a.Title, a.Status, a.DueDate, a.CriterionKeys, a.SignedOffAt);
}
