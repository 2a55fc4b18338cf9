using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>
/// A student asks the school for help; the mentor (or care) answers, plans a conversation and closes with what was done.
/// Who reads what: <see cref="HelpRequestAccessRules"/>; every staff read of a private request is logged.
/// </summary>
public static class HelpRequestsApi
{
    public static IEndpointRouteBuilder MapHelpRequestsApi(this IEndpointRouteBuilder app)
    {
        var students = app.MapGroup("/api/students/{studentId:guid}/help-requests").WithTags("Help requests");
        students.MapPost("/", AskAsync).RequireAuthorization(Policies.Student);
        students.MapGet("/", ListAsync);
        students.MapGet("/access-log", AccessLogAsync).RequireAuthorization(HandlersOnly);

        var requests = app.MapGroup("/api/help-requests").WithTags("Help requests");
        requests.MapGet("/{id:guid}", GetAsync);
        requests.MapPost("/{id:guid}/answer", AnswerAsync).RequireAuthorization(HandlersOnly);
        requests.MapPost("/{id:guid}/plan-conversation", PlanConversationAsync).RequireAuthorization(HandlersOnly);
        requests.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(HandlersOnly);
        return app;
    }

    /// <summary>The roles that handle help requests (the relationship, mentor of S, is checked per request).</summary>
    private static void HandlersOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Mentor, Roles.Care).RequireClaim(ClaimNames.StaffId);

    private static async Task<Results<Created<HelpRequestResponse>, NotFound, ForbidHttpResult>> AskAsync(
        Guid studentId, AskHelpRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.IsStudent(studentId))
        {
            return TypedResults.Forbid();
        }

        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var topic = request.Topic ?? throw new FieldValidationException("topic", "One of schoolWork, placement, personal.");
        var kind = request.Kind ?? throw new FieldValidationException("kind", "One of question, conversation.");
        var helpRequest = HelpRequest.Ask(Guid.CreateVersion7(), studentId, student.MentorStaffId, topic, kind, request.Text, request.Private, clock.GetUtcNow());
        db.HelpRequests.Add(helpRequest);
        db.HelpRequestAsked(helpRequest);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(studentId, cancellationToken);
        return TypedResults.Created($"/api/help-requests/{helpRequest.Id}", HelpRequestResponse.From(helpRequest));
    }

    /// <summary>Newest first. The student, the mentor and care see every request; a coordinator and a linked teacher the ones not private.</summary>
    private static async Task<Results<Ok<List<HelpRequestResponse>>, NotFound, ForbidHttpResult>> ListAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var linkedTeacher = await db.IsLinkedTeacherAsync(user, studentId, cancellationToken);
        if (!HelpRequestAccessRules.CanReadNonPrivate(user, student, linkedTeacher))
        {
            return TypedResults.Forbid();
        }

        var withPrivate = user.IsStudent(studentId) || HelpRequestAccessRules.CanHandle(user, student);
        var requests = await db.HelpRequests.AsNoTracking()
            .Where(r => r.StudentId == studentId && (withPrivate || !r.Private))
            .OrderByDescending(r => r.AskedAt).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        await LogReadsAsync(db, user, student, requests, HelpRequestAccessKind.Read, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(requests.Select(HelpRequestResponse.From).ToList());
    }

    private static async Task<Results<Ok<HelpRequestResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = await db.HelpRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var student = request is null ? null : await db.FindStudentAsync(request.StudentId, cancellationToken);
        if (request is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!HelpRequestAccessRules.CanRead(user, student, request, await db.IsLinkedTeacherAsync(user, student.Id, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        await LogReadsAsync(db, user, student, [request], HelpRequestAccessKind.Read, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(HelpRequestResponse.From(request));
    }

    private static Task<Results<Ok<HelpRequestResponse>, NotFound, ForbidHttpResult>> AnswerAsync(
        Guid id, AnswerHelpRequest body, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, clock, HelpRequestAccessKind.Answer, (request, student, now) =>
        {
            request.AnswerWith(body.Answer, user.CallerId(), now);
            db.HelpRequestAnswered(request, student.MentorStaffId);
        }, cancellationToken);

    private static Task<Results<Ok<HelpRequestResponse>, NotFound, ForbidHttpResult>> PlanConversationAsync(
        Guid id, PlanConversationRequest body, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, clock, HelpRequestAccessKind.Answer, (request, student, now) =>
        {
            request.PlanConversation(body.ConversationAt, body.ConversationPlace, user.CallerId(), now);
            db.HelpRequestAnswered(request, student.MentorStaffId);
        }, cancellationToken);

    private static Task<Results<Ok<HelpRequestResponse>, NotFound, ForbidHttpResult>> CloseAsync(
        Guid id, CloseHelpRequest body, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, user, db, projector, clock, HelpRequestAccessKind.Close, (request, student, now) =>
        {
            request.Close(body.Note, user.CallerId(), now);
            db.HelpRequestClosed(request, student.MentorStaffId);
        }, cancellationToken);

    private static async Task<Results<Ok<HelpRequestResponse>, NotFound, ForbidHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, HelpRequestAccessKind kind,
        Action<HelpRequest, StudentCopy, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var request = await db.HelpRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var student = request is null ? null : await db.FindStudentAsync(request.StudentId, cancellationToken);
        if (request is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!HelpRequestAccessRules.CanHandle(user, student))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        change(request, student, now);
        if (HelpRequestAccessRules.IsLogged(user, request))
        {
            db.HelpRequestAccessLog.Add(HelpRequestAccess.Record(student.Id, request.Id, user.StaffId()!.Value, HelpRequestAccessRules.LoggedRole(user, student), kind, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(request.StudentId, cancellationToken);
        return TypedResults.Ok(HelpRequestResponse.From(request));
    }

    /// <summary>
    /// Who read or changed the student's private help requests: the mentor of S and care staff. Still answers for an
    /// erased student (care staff only), whose log keeps only pseudonymous ids.
    /// </summary>
    private static async Task<Results<Ok<List<HelpRequestAccessEntry>>, NotFound, ForbidHttpResult>> AccessLogAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var copy = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (copy is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsCare() && (copy.ErasedAt is not null || !user.IsMentorOf(copy)))
        {
            return TypedResults.Forbid();
        }

        var entries = await db.HelpRequestAccessLog.AsNoTracking()
            .Where(a => a.StudentId == studentId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(HelpRequestAccessEntry.From).ToList());
    }

    /// <summary>Logs each private request in <paramref name="requests"/> that staff read, and saves; the student's own reads are not logged.</summary>
    internal static async Task LogReadsAsync(
        GuidanceDbContext db, ClaimsPrincipal user, StudentCopy student, IEnumerable<HelpRequest> requests, HelpRequestAccessKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var logged = requests.Where(r => HelpRequestAccessRules.IsLogged(user, r)).ToList();
        if (logged.Count == 0)
        {
            return;
        }

        // A staff caller without a staff id (a coordinator's export in a test set-up) is logged as the empty id rather than not at all.
        var staffId = user.StaffId() ?? Guid.Empty;
        var role = HelpRequestAccessRules.LoggedRole(user, student);
        db.HelpRequestAccessLog.AddRange(logged.Select(r => HelpRequestAccess.Record(student.Id, r.Id, staffId, role, kind, now)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
