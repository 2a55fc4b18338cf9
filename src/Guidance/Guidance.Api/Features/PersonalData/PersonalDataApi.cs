using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Teachers;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;

namespace PartnershipHub.Guidance.Features.PersonalData;

/// <summary>The student's right of access, Guidance's part: read-only, one query per collection, in a stable order.</summary>
public static class PersonalDataApi
{
    public const string ServiceName = "guidance";

    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/export", ExportAsync).WithTags("Personal data");
        return app;
    }

    private static async Task<Results<Ok<GuidanceExport>, NotFound, ForbidHttpResult>> ExportAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // An erased student's guidance is deleted with the copy's personal data: nothing is left to export.
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!GuidanceAccess.CanExport(user, student))
        {
            return TypedResults.Forbid();
        }

        // Every kind and status: drafts, trainers' and peers' assessments of the student and corrections; never ones the student wrote of others.
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.StudentId == studentId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.StudentId == studentId, cancellationToken);
        var planHistory = await db.PlanRevisions.AsNoTracking()
            .Where(r => r.StudentId == studentId)
            .OrderBy(r => r.Revision).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.StudentId == studentId)
            .OrderBy(r => r.ScheduledAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var signals = await db.Signals.AsNoTracking()
            .Where(s => s.StudentId == studentId)
            .OrderBy(s => s.RaisedAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var teacherLinks = await db.StudentTeachers.AsNoTracking()
            .Where(l => l.StudentId == studentId)
            .OrderBy(l => l.LinkedAt).ThenBy(l => l.TeacherStaffId)
            .ToListAsync(cancellationToken);
        // Private ones too: the student wrote them. A member of staff exporting them is logged as any staff read of one.
        var helpRequests = await db.HelpRequests.AsNoTracking()
            .Where(r => r.StudentId == studentId)
            .OrderBy(r => r.AskedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        await HelpRequestsApi.LogReadsAsync(db, user, student, helpRequests, HelpRequestAccessKind.Export, clock.GetUtcNow(), cancellationToken);

        var concerns = await db.WorkplaceConcerns.AsNoTracking()
            .Where(c => c.StudentId == studentId)
            .OrderBy(c => c.RaisedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var schoolAbsences = await db.SchoolAbsences.AsNoTracking()
            .Where(a => a.StudentId == studentId)
            .OrderBy(a => a.Date).ThenBy(a => a.Source).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var workplaceAbsences = await db.WorkplaceAbsences.AsNoTracking()
            .Where(a => a.StudentId == studentId)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

        // As the other reads: an assessment is superseded by its submitted correction only.
        var supersededBy = assessments
            .Where(c => c.SupersedesId is not null && c.Status == AssessmentStatus.Submitted)
            .ToDictionary(c => c.SupersedesId!.Value, c => c.Id);
        return TypedResults.Ok(new GuidanceExport(
            clock.GetUtcNow(),
            ServiceName,
            StudentCopyExport.From(student),
            [.. assessments.Select(a => AssessmentResponse.From(a, user.CallerId(), supersededBy.TryGetValue(a.Id, out var by) ? by : null))],
            plan is null ? null : PlanResponse.From(plan),
            [.. planHistory.Select(PlanRevisionExport.From)],
            [.. reviews.Select(ReviewResponse.From)],
            [.. signals.Select(SignalExport.From)],
            [.. teacherLinks.Select(StudentTeacherResponse.From)],
            [.. helpRequests.Select(HelpRequestResponse.From)],
            [.. concerns.Select(WorkplaceConcernExport.From)],
            [.. schoolAbsences.Select(SchoolAbsenceResponse.From)],
            [.. workplaceAbsences.Select(WorkplaceAbsenceResponse.From)]));
    }
}
