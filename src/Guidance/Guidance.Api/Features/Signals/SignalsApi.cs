using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Signals;

public static class SignalsApi
{
    public static IEndpointRouteBuilder MapSignalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/signals", ListAsync).WithTags("Signals");
        app.MapPost("/api/students/{studentId:guid}/signals", RaiseAsync).WithTags("Signals").RequireAuthorization(Policies.Staff);
        // The mentor acts on every signal of a mentee; the person who raised a signal by hand on their own one.
        var signals = app.MapGroup("/api/signals").WithTags("Signals").RequireAuthorization(Policies.Staff);
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

        if (!GuidanceAccess.CanReadSignals(user, student, await db.IsLinkedTeacherAsync(user, studentId, cancellationToken)))
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

    /// <summary>
    /// A signal raised by hand by the student's mentor, a teacher the school linked to the student, or care staff: the
    /// same lifecycle as a rule's (seen, resolved with a note), published like every other signal.
    /// </summary>
    private static async Task<Results<Created<SignalResponse>, NotFound, ForbidHttpResult>> RaiseAsync(
        Guid studentId, RaiseSignalRequest request, ClaimsPrincipal user, GuidanceDbContext db, SignalRaiser raiser, CancellationToken cancellationToken)
    {
        var description = request.Description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > 2000)
        {
            throw new FieldValidationException("description", "Say what you saw (at most 2000 characters).");
        }

        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null || student.ErasedAt is not null)
        {
            return TypedResults.NotFound();
        }

        if (!GuidanceAccess.CanRaiseSignal(user, student, await db.IsLinkedTeacherAsync(user, studentId, cancellationToken)) || user.StaffId() is not { } staff)
        {
            return TypedResults.Forbid();
        }

        var subject = $"manual:{Guid.CreateVersion7()}";
        var id = await raiser.RaiseAsync(studentId, SignalRule.Manual, subject, SignalText.AsWritten(description), $"/api/students/{studentId}/signals",
            once: false, cancellationToken, urgent: request.Urgent == true, raisedBy: staff.ToString());
        var signal = await db.Signals.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
        return TypedResults.Created($"/api/students/{studentId}/signals", SignalResponse.From(signal));
    }

    private static Task<Results<Ok<SignalResponse>, NotFound, ForbidHttpResult>> AcknowledgeAsync(
        Guid id, SignalNoteRequest? request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, signal =>
        {
            signal.Acknowledge(user.CallerId(), request?.Note, clock.GetUtcNow());
            db.EnqueueEvent(new RiskSignalAcknowledged(signal.Id, signal.StudentId, SignalRaiser.WireName(signal.Rule), signal.AcknowledgedBy!, signal.AcknowledgedAt!.Value) { OccurredAt = signal.AcknowledgedAt.Value });
        }, cancellationToken);

    private static Task<Results<Ok<SignalResponse>, NotFound, ForbidHttpResult>> ResolveAsync(
        Guid id, SignalNoteRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, signal =>
        {
            signal.Resolve(user.CallerId(), request.Note ?? "", clock.GetUtcNow());
            db.EnqueueEvent(new RiskSignalResolved(signal.Id, signal.StudentId, SignalRaiser.WireName(signal.Rule), signal.ResolvedBy!, signal.ResolvedAt!.Value) { OccurredAt = signal.ResolvedAt.Value });
        }, cancellationToken);

    private static async Task<Results<Ok<SignalResponse>, NotFound, ForbidHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, Action<Signal> change, CancellationToken cancellationToken)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var student = signal is null ? null : await db.FindStudentAsync(signal.StudentId, cancellationToken);
        if (signal is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsMentorOf(student) && !(signal.RaisedBy is not null && signal.RaisedBy == user.StaffId()?.ToString()))
        {
            return TypedResults.Forbid();
        }

        change(signal);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(signal.StudentId, cancellationToken);
        return TypedResults.Ok(SignalResponse.From(signal));
    }
}
