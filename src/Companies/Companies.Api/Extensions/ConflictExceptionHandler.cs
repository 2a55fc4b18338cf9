using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Extensions;

/// <summary>
/// Answers state conflicts with 409: a domain conflict, a concurrent change of the same company (version check),
/// or a unique key taken between our check and the insert (two requests registering one KvK number at once).
/// </summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            DomainConflictException conflict => conflict.Message,
            DbUpdateConcurrencyException => "The company was changed by someone else at the same time; load it again and retry.",
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } =>
                unique.ConstraintName?.Contains("kvk", StringComparison.Ordinal) == true
                    ? "A company with this KvK number is already registered."
                    : "This record already exists.",
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail },
        });
    }
}
