using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace PartnershipHub.Persistence.Conflicts;

/// <summary>
/// Every service answers a conflict the same way: 409 ProblemDetails with <c>rule</c>, so the portal can translate
/// every one. What it knows without being told: a <see cref="ConflictException"/>, a concurrent change of the same
/// record (<c>concurrent-change</c>), a unique key taken meanwhile (<c>already-exists</c>) and a database guard refusing
/// to change a final record (SQLSTATE <see cref="FinalRecordSqlState"/>, <c>final-record</c>, the guard's own message).
/// A service names its own constraints' rules with <see cref="AddDatabaseConflict"/>.
/// </summary>
public static class ConflictAnswers
{
    /// <summary>The SQLSTATE the services' guard triggers raise for a change to a final record (a submitted assessment, approved hours).</summary>
    public const string FinalRecordSqlState = "PHF01";

    public const string ConcurrentChange = "concurrent-change";
    public const string AlreadyExists = "already-exists";
    public const string FinalRecord = "final-record";

    internal static IServiceCollection AddConflictAnswers(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, ConflictExceptionHandler>());
        return services;
    }

    /// <summary>Names the rule behind a database refusal (a unique key, a guard trigger) of this service.</summary>
    public static IServiceCollection AddDatabaseConflict(this IServiceCollection services, DatabaseConflict conflict) =>
        services.AddSingleton(conflict);

    /// <summary>The 409 answer for an exception, or null when it is not a conflict.</summary>
    public static ProblemDetails? Describe(Exception exception, IEnumerable<DatabaseConflict> known)
    {
        var (rule, detail, extensions) = exception switch
        {
            ConflictException conflict => (conflict.Rule, conflict.Message, conflict.Extensions),
            DbUpdateConcurrencyException => (ConcurrentChange, "Someone else changed this at the same time; load it again and retry.", null),
            _ when FindPostgres(exception) is { } postgres => FromDatabase(postgres, known),
            _ => (null, null, null),
        };
        if (rule is null)
        {
            return null;
        }

        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail };
        problem.Extensions["rule"] = rule;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static (string?, string?, IReadOnlyDictionary<string, object?>?) FromDatabase(PostgresException postgres, IEnumerable<DatabaseConflict> known)
    {
        var match = known
            .Where(c => c.SqlState == postgres.SqlState && (c.Constraint is null || c.Constraint == postgres.ConstraintName))
            .OrderBy(c => c.Constraint is null)
            .FirstOrDefault();
        if (match is not null)
        {
            return (match.Rule, match.Detail ?? postgres.MessageText, null);
        }

        return postgres.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => (AlreadyExists, "This record already exists (made meanwhile by another request); load it again.", null),
            FinalRecordSqlState => (FinalRecord, postgres.MessageText, null),
            _ => (null, null, null),
        };
    }

    private static PostgresException? FindPostgres(Exception exception) => exception switch
    {
        PostgresException postgres => postgres,
        DbUpdateException { InnerException: PostgresException postgres } => postgres,
        _ => null,
    };

    private sealed class ConflictExceptionHandler(IProblemDetailsService problemDetails, IEnumerable<DatabaseConflict> known) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (Describe(exception, known) is not { } problem)
            {
                return false;
            }

            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
        }
    }
}
