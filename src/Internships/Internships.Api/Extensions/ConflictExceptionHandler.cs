using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Extensions;

/// <summary>
/// Answers state conflicts with 409: a transition the current state does not allow (with <c>state</c> and
/// <c>allowedTransitions</c>), another domain conflict, a concurrent change of the same record, or a final record.
/// </summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const string FinalRecordSqlState = "PHF01";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            TransitionConflictException transition => new ProblemDetails
            {
                Detail = transition.Message,
                Extensions = { ["state"] = transition.State, ["allowedTransitions"] = transition.AllowedTransitions },
            },
            DomainConflictException conflict => new ProblemDetails { Detail = conflict.Message },
            DbUpdateConcurrencyException => new ProblemDetails { Detail = "Someone else changed this at the same time; load it again and retry." },
            // A database guard refused to change a final record (migration FinalRecordGuards), e.g. a day approved meanwhile.
            DbUpdateException { InnerException: PostgresException { SqlState: FinalRecordSqlState } guard } =>
                new ProblemDetails { Detail = guard.MessageText },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                new ProblemDetails { Detail = "This record already exists." },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        problem.Status = StatusCodes.Status409Conflict;
        problem.Title = "Conflict";
        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
