using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Assignments;

/// <summary>Assignments (praktijkopdrachten): drafted under a placement, then one route per transition.</summary>
public static class AssignmentsApi
{
    private delegate bool MayAct(ClaimsPrincipal user, Placement placement);

    public static IEndpointRouteBuilder MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        var byPlacement = app.MapGroup("/api/placements/{id:guid}/assignments").WithTags("Assignments");
        byPlacement.MapGet("/", List);
        byPlacement.MapPost("/", Draft);

        var assignments = app.MapGroup("/api/assignments/{id:guid}").WithTags("Assignments");
        assignments.MapGet("/", Get);
        assignments.MapPut("/", (Guid id, AssignmentRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsForSchool, (a, actor, placement) => a.Change(Content(request), placement, actor, time.GetUtcNow()), Roles.Teacher));
        assignments.MapPost("/confirm", (Guid id, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsForCompany, (a, actor, _) =>
            {
                a.ConfirmFeasible(actor, time.GetUtcNow());
                db.AssignmentAgreed(a, actor.Id ?? Guid.Empty);
            }, Roles.Trainer));
        assignments.MapPost("/request-change", (Guid id, CommentRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsForCompany, (a, actor, _) => a.AskForChange(request.Comment, actor, time.GetUtcNow()), Roles.Trainer));
        assignments.MapPost("/start", (Guid id, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsAsStudent, (a, actor, _) => a.BeginWork(actor, time.GetUtcNow()), Roles.Student));
        assignments.MapPost("/submit", (Guid id, SubmitRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsAsStudent, (a, actor, _) =>
            {
                a.HandIn(request.Evidence, request.Reflection, actor, time.GetUtcNow());
                db.AssignmentSubmitted(a);
            }, Roles.Student));
        assignments.MapPost("/sign-off", (Guid id, FeedbackRequest? request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsForCompany, (a, actor, _) =>
            {
                a.Approve(request?.Feedback, actor, time.GetUtcNow());
                db.AssignmentSignedOff(a, actor.Id ?? Guid.Empty);
            }, Roles.Trainer));
        assignments.MapPost("/return", (Guid id, FeedbackRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsForCompany, (a, actor, _) => a.SendBack(request.Feedback, actor, time.GetUtcNow()), Roles.Trainer));
        assignments.MapPost("/review", (Guid id, ReviewRequest? request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Transition(id, user, db, ct, PlacementAccess.ActsForSchool, (a, actor, _) => a.MarkReviewed(request?.Note, actor, time.GetUtcNow()), Roles.Teacher));
        return app;
    }

    private static async Task<Results<Ok<List<AssignmentResponse>>, NotFound, ForbidHttpResult>> List(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanRead(placement, student))
        {
            return TypedResults.Forbid();
        }

        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PlacementId == id).OrderBy(a => a.DueDate).ThenBy(a => a.Title).ToListAsync(cancellationToken);
        var correctedBy = assignments.Where(a => a.CorrectsId is not null).ToDictionary(a => a.CorrectsId!.Value, a => a.Id);
        return TypedResults.Ok(assignments.Select(a => AssignmentResponse.From(a, correctedBy.TryGetValue(a.Id, out var by) ? by : null)).ToList());
    }

    private static async Task<Results<Created<AssignmentResponse>, NotFound, ForbidHttpResult>> Draft(
        Guid id, AssignmentRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (placement, _) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.ActsForSchool(placement))
        {
            return TypedResults.Forbid();
        }

        if (placement.Status is not (PlacementStatus.AgreementSigned or PlacementStatus.Active))
        {
            throw new TransitionConflictException(placement.Status.ToString(), placement.AllowedTransitions(),
                "Assignments are drafted for placements whose agreement is signed or that are active.", "placement-not-signed-or-active");
        }

        Assignment assignment;
        if (request.CorrectsId is { } correctsId)
        {
            var original = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == correctsId, cancellationToken)
                ?? throw new FieldValidationException("correctsId", "No such assignment.");
            assignment = Assignment.DraftCorrection(original, placement, Content(request), user.Actor(Roles.Teacher), time.GetUtcNow());
            if (await db.Assignments.AnyAsync(a => a.CorrectsId == correctsId, cancellationToken))
            {
                throw new ConflictException(AssignmentConflicts.CorrectionExists, AssignmentConflicts.CorrectionExistsDetail);
            }
        }
        else
        {
            assignment = Assignment.Draft(placement, Content(request), user.Actor(Roles.Teacher), time.GetUtcNow());
        }

        db.Assignments.Add(assignment);
        db.AssignmentStatusChanged(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assignments/{assignment.Id}", AssignmentResponse.From(assignment));
    }

    private static async Task<Results<Ok<AssignmentResponse>, NotFound, ForbidHttpResult>> Get(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return TypedResults.NotFound();
        }

        var (placement, student) = await db.FindAsync(assignment.PlacementId, cancellationToken);
        if (!user.CanRead(placement!, student))
        {
            return TypedResults.Forbid();
        }

        var correctedBy = await db.Assignments.Where(a => a.CorrectsId == id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(AssignmentResponse.From(assignment, correctedBy));
    }

    private static async Task<Results<Ok<AssignmentResponse>, NotFound, ForbidHttpResult>> Transition(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken, MayAct mayAct, Action<Assignment, Actor, Placement> change, string role)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return TypedResults.NotFound();
        }

        var placement = await db.Placements.AsNoTracking().FirstAsync(p => p.Id == assignment.PlacementId, cancellationToken);
        if (!mayAct(user, placement))
        {
            return TypedResults.Forbid();
        }

        change(assignment, user.Actor(role), placement);
        db.AssignmentStatusChanged(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssignmentResponse.From(assignment));
    }

    private static AssignmentContent Content(AssignmentRequest request) =>
        new(request.Title, request.Description, request.CriterionKeys, request.WorkProcesses, request.DueDate);
}
