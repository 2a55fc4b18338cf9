using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// Sends an inbox batch's pending new rows (<see cref="InboxWriteBehind"/>) before any other EF statement runs on the
/// batch's connection, so a consumer's query, raw SQL or SaveChanges sees every earlier delivery's effect, and tells the
/// batch when a statement on its connection failed (a consumer may have caught the error). Statements on any other
/// connection (HTTP requests, the dispatcher) find no batch and pass straight through.
/// </summary>
internal sealed class InboxWriteBehindInterceptor : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbConnection, InboxWriteBehind> _batches = new(ReferenceEqualityComparer.Instance);

    /// <summary>Statements on this connection flush the batch's pending rows first, until the returned handle is disposed.</summary>
    public IDisposable Attach(DbConnection connection, InboxWriteBehind writeBehind)
    {
        _batches[connection] = writeBehind;
        return new Detach(_batches, connection);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        FlushFor(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await FlushForAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        FlushFor(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await FlushForAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        FlushFor(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await FlushForAsync(command, cancellationToken);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => NoteFailure(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        NoteFailure(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private void NoteFailure(DbCommand command, Exception exception)
    {
        if (command.Connection is { } connection && _batches.TryGetValue(connection, out var writeBehind))
        {
            writeBehind.StatementFailed(exception);
        }
    }

    private void FlushFor(DbCommand command)
    {
        if (command.Connection is { } connection && _batches.TryGetValue(connection, out var writeBehind))
        {
            writeBehind.Flush();
        }
    }

    private Task FlushForAsync(DbCommand command, CancellationToken cancellationToken) =>
        command.Connection is { } connection && _batches.TryGetValue(connection, out var writeBehind)
            ? writeBehind.FlushAsync(cancellationToken)
            : Task.CompletedTask;

    private sealed class Detach(ConcurrentDictionary<DbConnection, InboxWriteBehind> batches, DbConnection connection) : IDisposable
    {
        public void Dispose() => batches.TryRemove(connection, out _);
    }
}
