using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Guidance.Features;

namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>
/// Answers state conflicts with 409 ProblemDetails naming the rule: a domain rule refusing the change (a submitted
/// assessment, a resolved signal), a concurrent edit of the same plan, or a second correction of one assessment.
/// </summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string UniqueViolation = "23505";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (rule, detail) = exception switch
        {
            DomainConflictException conflict => (conflict.Rule, conflict.Message),
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
