using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>
/// Workplace concerns (trainer → school). A trainer raises and lists them per placement, the one thing they know the
/// student by; the school lists them per student and answers and closes them per concern. See <see cref="ConcernAccess"/>.
/// </summary>
public static class ConcernsApi
{
    public static IEndpointRouteBuilder MapConcernsApi(this IEndpointRouteBuilder app)
    {
        var placements = app.MapGroup("/api/placements/{placementId:guid}/concerns").WithTags("Concerns");
        placements.MapPost("/", RaiseAsync).RequireAuthorization(Policies.Trainer);
        placements.MapGet("/", ListForPlacementAsync).RequireAuthorization(Policies.StaffOrTrainer);
        app.MapGet("/api/students/{studentId:guid}/concerns", ListForStudentAsync).WithTags("Concerns").RequireAuthorization(Policies.Staff);

        var concerns = app.MapGroup("/api/concerns").WithTags("Concerns");
        concerns.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.StaffOrTrainer);
        concerns.MapPost("/{id:guid}/answer", AnswerAsync).RequireAuthorization(Policies.Staff);
        concerns.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Results<Created<ConcernResponse>, NotFound, ForbidHttpResult>> RaiseAsync(
        Guid placementId, RaiseConcernRequest request, ClaimsPrincipal user, GuidanceDbContext db, WorkplaceConcernSignals signals, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (placement, student) = await FindPlacementAsync(db, placementId, cancellationToken);
        if (placement is null || student is null)
        {
            return TypedResults.NotFound();
        }

        // Another company's student, or one whose placement here has ended: not this trainer's to report on.
        if (!user.IsCurrentTrainerOf(placement))
        {
            return TypedResults.Forbid();
        }

        var concern = WorkplaceConcern.Raise(Guid.CreateVersion7(), placement, request.Kind, request.Urgency, request.Text,
            user.CallerId(), user.FindFirst(ClaimNames.Name)?.Value ?? "", clock.GetUtcNow());
        db.WorkplaceConcerns.Add(concern);
        db.WorkplaceConcernRaised(concern);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            // In the same transaction: an urgent concern is never stored without its signal.
            await signals.AfterRaisedAsync(concern, cancellationToken);
            await projector.RefreshAsync(concern.StudentId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Created($"/api/concerns/{concern.Id}", ConcernResponse.ForTrainer(concern));
    }

    private static async Task<Results<Ok<List<ConcernResponse>>, NotFound, ForbidHttpResult>> ListForPlacementAsync(
        Guid placementId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await FindPlacementAsync(db, placementId, cancellationToken);
        if (placement is null || student is null)
        {
            return TypedResults.NotFound();
        }

        var asTrainer = user.IsCurrentTrainerOf(placement);
        if (!asTrainer && !ConcernAccess.CanReadAsSchool(user, student, await db.IsLinkedTeacherAsync(user, student.Id, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        var concerns = await db.WorkplaceConcerns.AsNoTracking()
            .Where(c => c.PlacementId == placementId)
            .OrderByDescending(c => c.RaisedAt)
            .ToListAsync(cancellationToken);
        var canAnswer = ConcernAccess.CanAnswer(user, student, placement);
        return TypedResults.Ok(concerns.Select(c => asTrainer ? ConcernResponse.ForTrainer(c) : ConcernResponse.ForSchool(c, canAnswer)).ToList());
    }

    /// <summary>?status=open (open and answered, the default), closed, or all.</summary>
    private static async Task<Results<Ok<List<ConcernResponse>>, NotFound, ForbidHttpResult>> ListForStudentAsync(
        Guid studentId, string? status, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!ConcernAccess.CanReadAsSchool(user, student, await db.IsLinkedTeacherAsync(user, studentId, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        var query = db.WorkplaceConcerns.AsNoTracking().Where(c => c.StudentId == studentId);
        query = (status ?? "open").ToLowerInvariant() switch
        {
            "open" => query.Where(c => c.Status != WorkplaceConcernStatus.Closed),
            "closed" => query.Where(c => c.Status == WorkplaceConcernStatus.Closed),
            "all" => query,
            _ => throw new FieldValidationException("status", "One of open, closed, all."),
        };
        var concerns = await query.OrderByDescending(c => c.RaisedAt).ToListAsync(cancellationToken);
        var placementIds = concerns.Select(c => c.PlacementId).Distinct().ToList();
        var placements = await db.Placements.AsNoTracking().Where(p => placementIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return TypedResults.Ok(concerns.Select(c => ConcernResponse.ForSchool(c, ConcernAccess.CanAnswer(user, student, placements.GetValueOrDefault(c.PlacementId)))).ToList());
    }

    private static async Task<Results<Ok<ConcernResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var concern = await db.WorkplaceConcerns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var student = concern is null ? null : await db.FindStudentAsync(concern.StudentId, cancellationToken);
        if (concern is null || student is null)
        {
            return TypedResults.NotFound();
        }

        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == concern.PlacementId, cancellationToken);
        if (placement is not null && user.IsCurrentTrainerOf(placement))
        {
            return TypedResults.Ok(ConcernResponse.ForTrainer(concern));
        }

        if (!ConcernAccess.CanReadAsSchool(user, student, await db.IsLinkedTeacherAsync(user, student.Id, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(ConcernResponse.ForSchool(concern, ConcernAccess.CanAnswer(user, student, placement)));
    }

    private static Task<Results<Ok<ConcernResponse>, NotFound, ForbidHttpResult>> AnswerAsync(
        Guid id, AnswerConcernRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, concern =>
        {
            concern.AnswerWith(request.Answer, user.CallerId(), clock.GetUtcNow());
            db.WorkplaceConcernAnswered(concern);
        }, cancellationToken);

    private static Task<Results<Ok<ConcernResponse>, NotFound, ForbidHttpResult>> CloseAsync(
        Guid id, CloseConcernRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, concern =>
        {
            concern.Close(request.Note, user.CallerId(), clock.GetUtcNow());
            db.WorkplaceConcernClosed(concern);
        }, cancellationToken);

    private static async Task<Results<Ok<ConcernResponse>, NotFound, ForbidHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, Action<WorkplaceConcern> change, CancellationToken cancellationToken)
    {
        var concern = await db.WorkplaceConcerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var student = concern is null ? null : await db.FindStudentAsync(concern.StudentId, cancellationToken);
        if (concern is null || student is null)
        {
            return TypedResults.NotFound();
        }

        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == concern.PlacementId, cancellationToken);
        if (!ConcernAccess.CanAnswer(user, student, placement))
        {
            return TypedResults.Forbid();
        }

        change(concern);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(concern.StudentId, cancellationToken);
        return TypedResults.Ok(ConcernResponse.ForSchool(concern, canAnswer: true));
    }

    private static async Task<(PlacementCopy? Placement, StudentCopy? Student)> FindPlacementAsync(GuidanceDbContext db, Guid placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        var student = placement is null ? null : await db.FindStudentAsync(placement.StudentId, cancellationToken);
        return (placement, student);
    }
}
