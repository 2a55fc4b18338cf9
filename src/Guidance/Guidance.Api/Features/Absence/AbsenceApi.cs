using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// A student's absence: read by the mentor, a coordinator or a linked teacher; one day entered by the mentor; workplace
/// absence reported by a trainer of the company the student is placed at now, who reads back what the company reported.
/// </summary>
public static class AbsenceApi
{
    public const int DefaultWeeks = 12;

    public const int MaxWeeks = 53;

    public static IEndpointRouteBuilder MapAbsenceApi(this IEndpointRouteBuilder app)
    {
        var students = app.MapGroup("/api/students/{studentId:guid}/absences").WithTags("Absence");
        students.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        students.MapPost("/", RecordSchoolAsync).RequireAuthorization(Policies.Mentor);
        var placements = app.MapGroup("/api/placements/{placementId:guid}/absences").WithTags("Absence").RequireAuthorization(Policies.Trainer);
        placements.MapGet("/", ListWorkplaceAsync);
        placements.MapPost("/", ReportWorkplaceAsync);
        return app;
    }

    /// <summary>?weeks= how many weeks back, the current one included (default 12, at most 53).</summary>
    private static async Task<Results<Ok<StudentAbsenceResponse>, NotFound, ForbidHttpResult>> ListAsync(
        Guid studentId, int? weeks, ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (weeks is < 1 or > MaxWeeks)
        {
            throw new FieldValidationException("weeks", $"From 1 to {MaxWeeks}.");
        }

        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!GuidanceAccess.CanReadProgress(user, student, await db.IsLinkedTeacherAsync(user, studentId, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        var from = AbsenceSignalRule.WeekStart(Today(clock)).AddDays(-7 * ((weeks ?? DefaultWeeks) - 1));
        var school = await db.SchoolAbsences.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.Date >= from)
            .OrderByDescending(a => a.Date).ThenBy(a => a.Source)
            .ToListAsync(cancellationToken);
        var workplace = await db.WorkplaceAbsences.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.Date >= from)
            .OrderByDescending(a => a.Date)
            .ToListAsync(cancellationToken);
        List<AbsenceWeek> perWeek =
        [
            .. school.Select(a => (a.Date, a.Hours, a.Authorised))
                .Concat(workplace.Select(a => (a.Date, a.Hours, a.Authorised)))
                .GroupBy(a => AbsenceSignalRule.WeekStart(a.Date))
                .OrderByDescending(g => g.Key)
                .Select(g => new AbsenceWeek(g.Key, g.Where(a => a.Authorised).Sum(a => a.Hours), g.Where(a => !a.Authorised).Sum(a => a.Hours))),
        ];
        return TypedResults.Ok(new StudentAbsenceResponse(studentId, from, perWeek,
            [.. school.Select(SchoolAbsenceResponse.From)], [.. workplace.Select(WorkplaceAbsenceResponse.From)]));
    }

    /// <summary>The mentor's entry of one day; the same day again replaces the mentor's earlier entry (imported rows stay).</summary>
    private static async Task<Results<Ok<SchoolAbsenceResponse>, NotFound, ForbidHttpResult>> RecordSchoolAsync(
        Guid studentId, SchoolAbsenceRequest request, ClaimsPrincipal user, GuidanceDbContext db, AbsenceSignalRule rule, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsMentorOf(student))
        {
            return TypedResults.Forbid();
        }

        var date = request.Date ?? throw new FieldValidationException("date", "This field is required.");
        var hours = request.Hours ?? throw new FieldValidationException("hours", "This field is required.");
        var authorised = request.Authorised ?? throw new FieldValidationException("authorised", "This field is required.");
        var reasonCode = string.IsNullOrWhiteSpace(request.ReasonCode) ? null : request.ReasonCode.Trim();
        var now = clock.GetUtcNow();
        SchoolAbsence.Validate(date, hours, reasonCode, student, Today(clock));

        var absence = await db.SchoolAbsences.FirstOrDefaultAsync(
            a => a.StudentId == studentId && a.Date == date && a.Period == AbsencePeriod.Day && a.Source == Contracts.AbsenceSource.Mentor, cancellationToken);
        var changed = true;
        if (absence is null)
        {
            absence = SchoolAbsence.ByMentor(studentId, date, hours, authorised, reasonCode, user.CallerId(), now);
            db.SchoolAbsences.Add(absence);
        }
        else
        {
            changed = absence.Replace(hours, authorised, reasonCode, user.CallerId(), now);
        }

        if (changed)
        {
            db.AbsenceRecorded(absence);
            await db.SaveChangesAsync(cancellationToken);
            await rule.EvaluateAsync([studentId], Today(clock), cancellationToken);
            await projector.RefreshAsync(studentId, cancellationToken);
        }

        return TypedResults.Ok(SchoolAbsenceResponse.From(absence));
    }

    /// <summary>What the trainer's company reported for the placement (any status: a finished placement's reports stay readable).</summary>
    private static async Task<Results<Ok<List<WorkplaceAbsenceResponse>>, NotFound, ForbidHttpResult>> ListWorkplaceAsync(
        Guid placementId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.WorksFor(placement.CompanyId))
        {
            return TypedResults.Forbid();
        }

        var absences = await db.WorkplaceAbsences.AsNoTracking()
            .Where(a => a.PlacementId == placementId && a.CompanyId == placement.CompanyId)
            .OrderByDescending(a => a.Date)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(absences.Select(WorkplaceAbsenceResponse.From).ToList());
    }

    private static async Task<Results<Ok<WorkplaceAbsenceResponse>, NotFound, ForbidHttpResult>> ReportWorkplaceAsync(
        Guid placementId, WorkplaceAbsenceRequest request, ClaimsPrincipal user, GuidanceDbContext db, AbsenceSignalRule rule, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        var student = placement is null ? null : await db.FindStudentAsync(placement.StudentId, cancellationToken);
        if (placement is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.WorksFor(placement.CompanyId))
        {
            return TypedResults.Forbid();
        }

        if (!placement.IsCurrent)
        {
            throw new ConflictException("placement-not-current", "Absence can only be reported for a student placed at the company now (agreement signed or placement active).");
        }

        var date = request.Date ?? throw new FieldValidationException("date", "This field is required.");
        var hours = request.Hours ?? throw new FieldValidationException("hours", "This field is required.");
        var authorised = request.Authorised ?? throw new FieldValidationException("authorised", "This field is required.");
        var now = clock.GetUtcNow();
        WorkplaceAbsence.Validate(placement, date, hours, Today(clock));

        var absence = await db.WorkplaceAbsences.FirstOrDefaultAsync(a => a.PlacementId == placementId && a.Date == date, cancellationToken);
        var changed = true;
        if (absence is null)
        {
            absence = WorkplaceAbsence.Report(placement, date, hours, authorised, user.CallerId(), now);
            db.WorkplaceAbsences.Add(absence);
        }
        else
        {
            changed = absence.Replace(hours, authorised, user.CallerId(), now);
        }

        if (changed)
        {
            db.AbsenceRecorded(absence);
            await db.SaveChangesAsync(cancellationToken);
            await rule.EvaluateAsync([placement.StudentId], Today(clock), cancellationToken);
            await projector.RefreshAsync(placement.StudentId, cancellationToken);
        }

        return TypedResults.Ok(WorkplaceAbsenceResponse.From(absence));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
