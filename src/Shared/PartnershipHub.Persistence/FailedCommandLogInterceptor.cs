using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PartnershipHub.Persistence;

/// <summary>
/// Logs the service's failed SQL statements in place of EF Core's own line, which is always an Error and carries no
/// exception: here with the exception, at Error, or at Warning when PostgreSQL cancelled the statement to break a
/// deadlock or serialization conflict and the transaction is run again, or when a unique key was taken (an expected race,
/// answered as a 409; see <see cref="ConflictVictimLogger"/>). Same
/// category and event id as EF's line.
/// </summary>
internal sealed partial class FailedCommandLogInterceptor(ILoggerFactory loggerFactory) : DbCommandInterceptor
{
    private readonly ILogger _logger = loggerFactory.CreateLogger(DbLoggerCategory.Database.Command.Name);

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Log(command, eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Log(command, eventData);
        return Task.CompletedTask;
    }

    private void Log(DbCommand command, CommandErrorEventData eventData)
    {
        var elapsed = (long)eventData.Duration.TotalMilliseconds;
        if (ConflictVictimLogger.IsConflictVictim(eventData.Exception))
        {
            LogConflictVictim(_logger, eventData.Exception, elapsed, command.CommandText);
        }
        else if (ConflictVictimLogger.IsUniqueViolation(eventData.Exception))
        {
            LogKeyTaken(_logger, eventData.Exception, elapsed, command.CommandText);
        }
        else
        {
            LogFailed(_logger, eventData.Exception, elapsed, command.CommandText);
        }
    }

    [LoggerMessage(EventId = 20102, Level = LogLevel.Error, Message = "Failed executing DbCommand ({Elapsed} ms): {CommandText}")]
    private static partial void LogFailed(ILogger logger, Exception exception, long elapsed, string commandText);

    [LoggerMessage(EventId = 20102, Level = LogLevel.Warning,
        Message = "PostgreSQL cancelled a DbCommand after {Elapsed} ms to break a deadlock or serialization conflict; its transaction runs again: {CommandText}")]
    private static partial void LogConflictVictim(ILogger logger, Exception exception, long elapsed, string commandText);

    [LoggerMessage(EventId = 20102, Level = LogLevel.Warning,
        Message = "A DbCommand found its unique key taken after {Elapsed} ms (answered as a conflict, or reported by its caller): {CommandText}")]
    private static partial void LogKeyTaken(ILogger logger, Exception exception, long elapsed, string commandText);
}
