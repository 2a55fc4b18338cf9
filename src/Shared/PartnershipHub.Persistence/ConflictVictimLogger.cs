using Microsoft.Extensions.Logging;
using Npgsql;

namespace PartnershipHub.Persistence;

/// <summary>
/// EF Core logs every failed statement at Error. A statement PostgreSQL cancelled to break a deadlock or a serialization
/// conflict is not an error of its own: its caller runs the transaction again (the inbox: alone, then through the retry
/// policy, which logs a warning and, if it gives up, an error) or reports the failure itself (an API request answers
/// 500, logged there). So EF's line about it is a Warning; every other failure keeps its level (docs/decisions/0016).
/// </summary>
internal sealed class ConflictVictimLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error && IsConflictVictim(exception))
        {
            logLevel = LogLevel.Warning;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
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
