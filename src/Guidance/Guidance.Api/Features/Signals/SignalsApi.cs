using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Signals;

public static class SignalsApi
{
    public static IEndpointRouteBuilder MapSignalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/signals", ListAsync).WithTags("Signals");
        var signals = app.MapGroup("/api/signals").WithTags("Signals").RequireAuthorization(Policies.Mentor);
        signals.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync);
        signals.MapPost("/{id:guid}/resolve", ResolveAsync);
        return app;
    }

    /// <summary>?status=open (open and acknowledged, the default), resolved, or all.</summary>
    private static async Task<Results<Ok<List<SignalResponse>>, NotFound, ForbidHttpResult>> ListAsync(
        Guid studentId, string? status, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!GuidanceAccess.CanReadProgress(user, student, await db.IsLinkedTeacherAsync(user, studentId, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        var query = db.Signals.AsNoTracking().Where(s => s.StudentId == studentId);
        query = (status ?? "open").ToLowerInvariant() switch
        {
            "open" => query.Where(s => s.Status != SignalStatus.Resolved),
            "resolved" => query.Where(s => s.Status == SignalStatus.Resolved),
            "all" => query,
            _ => throw new FieldValidationException("status", "One of open, resolved, all."),
        };
        var signals = await query.OrderByDescending(s => s.RaisedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(signals.Select(SignalResponse.From).ToList());
    }

    private static Task<Results<Ok<SignalResponse>, NotFound, ForbidHttpResult>> AcknowledgeAsync(
        Guid id, SignalNoteRequest? request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, signal => signal.Acknowledge(user.CallerId(), request?.Note, clock.GetUtcNow()), cancellationToken);

    private static Task<Results<Ok<SignalResponse>, NotFound, ForbidHttpResult>> ResolveAsync(
        Guid id, SignalNoteRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, signal => signal.Resolve(user.CallerId(), request.Note ?? "", clock.GetUtcNow()), cancellationToken);

    private static async Task<Results<Ok<SignalResponse>, NotFound, ForbidHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, Action<Signal> change, CancellationToken cancellationToken)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var student = signal is null ? null : await db.FindStudentAsync(signal.StudentId, cancellationToken);
        if (signal is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsMentorOf(student))
        {
            return TypedResults.Forbid();
        }

        change(signal);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(signal.StudentId, cancellationToken);
        return TypedResults.Ok(SignalResponse.From(signal));
    }
}
