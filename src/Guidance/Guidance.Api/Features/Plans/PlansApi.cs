using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Plans;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/students/{studentId:guid}/plan").WithTags("Plans");
        group.MapGet("/", GetAsync);
        group.MapPut("/", SaveAsync).RequireAuthorization(Policies.Mentor);
        group.MapGet("/history", HistoryAsync);
        // The same goals read per placement, for its trainer.
        app.MapWorkplaceGoalsApi();
        return app;
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var full = user.IsStudent(studentId) || user.IsMentorOf(student) || user.HasRole(Roles.Coordinator)
            || await db.IsLinkedTeacherAsync(user, studentId, cancellationToken);
        var trainer = !full && user.HasRole(Roles.Trainer) && await IsPlacedWithTrainerAsync(db, user, studentId, cancellationToken);
        if (!full && !trainer)
        {
            return TypedResults.Forbid();
        }

        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.StudentId == studentId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(full ? PlanResponse.From(plan) : PlanResponse.ForTrainer(plan));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound, ForbidHttpResult>> SaveAsync(
        Guid studentId, SavePlanRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
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

        var plan = await db.Plans.FirstOrDefaultAsync(p => p.StudentId == studentId, cancellationToken);
        if (plan is null)
        {
            plan = IndividualPlan.StartFor(studentId);
            db.Plans.Add(plan);
        }

        if (request.ExpectedRevision is { } expected && expected != plan.Revision)
        {
            throw new ConflictException("plan-changed", $"The plan is at revision {plan.Revision}, not {expected}; reload and try again.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var frameworks = await db.Frameworks.AsNoTracking().ToListAsync(cancellationToken);
        var criterionKeys = frameworks.Where(f => f.AppliesTo(student.Crebo)).SelectMany(f => f.Criteria.Select(c => c.Key)).ToHashSet();
        plan.EnsureFitsStudent(request.Goals ?? [], request.Agreements ?? [], criterionKeys, student.GuidanceStart(today), today);
        var revision = plan.Replace(request.Approach, request.Goals ?? [], request.Agreements ?? [], request.ReviewEveryWeeks, user.CallerId(),
            plan.Revision == 0 ? "created" : "edited", clock.GetUtcNow());
        db.PlanRevisions.Add(revision);
        db.PlanUpdated(plan);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(studentId, cancellationToken);
        return TypedResults.Ok(PlanResponse.From(plan));
    }

    private static async Task<Results<Ok<List<PlanRevision>>, NotFound, ForbidHttpResult>> HistoryAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsStudent(studentId) && !user.IsMentorOf(student) && !user.HasRole(Roles.Coordinator))
        {
            return TypedResults.Forbid();
        }

        var history = await db.PlanRevisions.AsNoTracking().Where(r => r.StudentId == studentId).OrderBy(r => r.Revision).ToListAsync(cancellationToken);
        return TypedResults.Ok(history);
    }

    internal static async Task<bool> IsPlacedWithTrainerAsync(GuidanceDbContext db, ClaimsPrincipal user, Guid studentId, CancellationToken cancellationToken)
    {
        // Only while the student is placed there now (signed or active), as for workplace concerns.
        var companies = user.CompanyIds().ToList();
        return companies.Count > 0 && await db.Placements.AnyAsync(
            p => p.StudentId == studentId && companies.Contains(p.CompanyId) && (p.Status == PlacementStatus.AgreementSigned || p.Status == PlacementStatus.Active),
            cancellationToken);
    }
}
