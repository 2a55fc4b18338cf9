using Microsoft.Extensions.Logging;
using Npgsql;

namespace PartnershipHub.Persistence;

/// <summary>
/// EF Core logs every failed statement at Error. A statement PostgreSQL cancelled to break a deadlock or a serialization
/// conflict is not an error of its own: its caller runs the transaction again (the inbox: alone, then through the retry
/// policy, which logs a warning and, if it gives up, an error) or reports the failure itself (an API request answers
/// 500, logged there). So EF's line about it is a Warning. The same holds for a unique key two requests raced for (two
/// registrations of one trainer's e-mail): the API answers the rule as a 409 (<c>DatabaseConflict</c>), and a violation
/// nobody expected still reaches the log as the request's or the delivery's own error. Every other failure keeps its
/// level (docs/decisions/0016).
/// </summary>
internal sealed class ConflictVictimLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error && (IsConflictVictim(exception) || IsUniqueViolation(exception)))
        {
            logLevel = LogLevel.Warning;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }

    /// <summary>A unique key was taken (anywhere in the exception's chain).</summary>
    public static bool IsUniqueViolation(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>PostgreSQL chose this transaction as a deadlock or serialization victim (anywhere in the exception's chain).</summary>
    public static bool IsConflictVictim(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
