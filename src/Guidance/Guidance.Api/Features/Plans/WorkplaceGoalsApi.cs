using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>
/// The plan goals a placement's trainer works on with the student: those the mentor marked "also at the workplace"
/// (<see cref="PlanGoal.ConcernsWorkplace"/>), never a private-circumstances goal, and not dropped ones. Asked per
/// placement, so the relationship is exact: the trainer of this placement's company while it is current (signed or
/// active, from Internships' placement events), or the school readers of the student's full plan.
/// </summary>
public static class WorkplaceGoalsApi
{
    public static IEndpointRouteBuilder MapWorkplaceGoalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/placements/{placementId:guid}/workplace-goals", GetAsync).WithTags("Plans").RequireAuthorization(Policies.StaffOrTrainer);
        return app;
    }

    private static async Task<Results<Ok<WorkplaceGoalsResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid placementId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        var student = placement is null ? null : await db.FindStudentAsync(placement.StudentId, cancellationToken);
        if (placement is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsCurrentTrainerOf(placement)
            && !GuidanceAccess.CanReadProgress(user, student, await db.IsLinkedTeacherAsync(user, student.Id, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.StudentId == student.Id, cancellationToken);
        if (plan is null)
        {
            return TypedResults.Ok(new WorkplaceGoalsResponse(placementId, student.Id, [], null));
        }

        var framework = await db.CurrentForAsync(placement.Crebo, cancellationToken);
        var goals = plan.Goals
            .Where(g => g.VisibleToTrainer && g.Status != GoalStatus.Dropped)
            .Select(g => new WorkplaceGoal(
                g.GoalId, g.Title, g.CriterionKey, g.CriterionKey is { } key ? framework?.Criterion(key)?.Name : null, g.NeedsCategory, g.Status, g.Note))
            .ToList();
        return TypedResults.Ok(new WorkplaceGoalsResponse(placementId, student.Id, goals, plan.UpdatedAt));
    }
}
