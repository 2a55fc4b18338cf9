using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Guidance.Features;

namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>
/// Answers state conflicts with 409 ProblemDetails naming the rule: a domain rule refusing the change (a submitted
/// assessment, a resolved signal), a concurrent edit of the same plan, a second correction of one assessment, or the
/// database guard refusing a change to a submitted assessment (a race with its submit).
/// </summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string UniqueViolation = "23505";
    private const string SubmittedGuard = "assessment_submitted";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (rule, detail) = exception switch
        {
            DomainConflictException conflict => (conflict.Rule, conflict.Message),
            // The database guard (migration SubmittedAssessmentGuard): a submitted assessment changed under a request.
            DbUpdateException { InnerException: PostgresException { ConstraintName: SubmittedGuard } } or PostgresException { ConstraintName: SubmittedGuard } =>
                ("assessment-submitted", "A submitted assessment cannot change; submit a correction that supersedes it."),
            DbUpdateConcurrencyException => ("concurrent-change", "Changed by someone else meanwhile; reload and try again."),
            DbUpdateException { InnerException: PostgresException { SqlState: UniqueViolation } } or PostgresException { SqlState: UniqueViolation } =>
                ("concurrent-change", "The same change was made meanwhile by another request; reload and try again."),
            _ => (null, null),
        };
        if (rule is null)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status409Conflict;
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail };
        problem.Extensions["rule"] = rule;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
