using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.LocalCopies;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Progress;

public static class ProgressApi
{
    private static readonly PlacementStatus[] CurrentFirst =
        [PlacementStatus.Active, PlacementStatus.AgreementSigned, PlacementStatus.Proposed, PlacementStatus.Completed, PlacementStatus.EndedEarly];

    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/progress", GetAsync).WithTags("Progress");
        return app;
    }

    /// <summary>A handful of indexed queries on local copies; no call to another service.</summary>
    private static async Task<Results<Ok<ProgressResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, FrameworkCache frameworks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var teacherAssessed = user.HasRole(Roles.Teacher) && await db.HasAssessedAsync(user.CallerId(), studentId, cancellationToken);
        if (!GuidanceAccess.CanReadProgress(user, student, teacherAssessed))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var placements = await db.Placements.AsNoTracking().Where(p => p.StudentId == studentId).ToListAsync(cancellationToken);
        var current = placements.OrderBy(p => Array.IndexOf(CurrentFirst, p.Status)).ThenByDescending(p => p.StartDate).FirstOrDefault();
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.DueDate).ToListAsync(cancellationToken);
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.Status == AssessmentStatus.Submitted && a.SupersededById == null)
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
            var plannedToDate = SignalRules.ExpectedHours(current, today);
            var approved = weeks.Sum();
            hours = new HoursSummary(current.Id, approved, plannedToDate, current.PlannedHours, plannedToDate > 0 ? Math.Round(100 * approved / plannedToDate, 1) : null, weeks.Count);
            trainerName = current.TrainerId is { } trainerId
                ? await db.Trainers.AsNoTracking().Where(t => t.Id == trainerId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
        }

        var (latest, criteria, discrepancies) = ProgressCalculator.Calculate(assessments, await frameworks.AllAsync(cancellationToken));
        return TypedResults.Ok(new ProgressResponse(
            student.Id,
            student.DisplayName,
            student.StudentNumber,
            student.Cohort,
            student.Status,
            student.MentorStaffId,
            student.EnrolmentId is null ? null : new EnrolmentSummary(student.Crebo, student.QualificationName, student.Level, student.Route, student.EnrolmentStart, student.ExpectedEnd),
            student.IntakeVersion == 0 ? null : new IntakeSummary(student.IntakeDate, student.Needs, student.ProgressionWish),
            current is null ? null : new PlacementSummary(current.Id, current.CompanyId, current.CompanyName, current.TrainerId, trainerName, current.StartDate, current.EndDate, current.Status, current.Risks),
            new AssignmentsSummary(
                assignments.GroupBy(a => a.Status).ToDictionary(g => JsonNamingPolicy.CamelCase.ConvertName(g.Key.ToString()), g => g.Count()),
                [.. assignments.Select(Line)]),
            hours,
            latest,
            criteria,
            discrepancies,
            plan?.Goals ?? [],
            review is null ? null : new NextReview(review.Id, review.ScheduledAt, review.ScheduledAt < now),
            [.. signals.Select(SignalResponse.From)]));
    }

    private static AssignmentLine Line(AssignmentCopy a) => new(a.Id, a.PlacementId, a.Title, a.Status, a.DueDate, a.CriterionKeys, a.SignedOffAt);
}
