using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// Group commit for the inbox. Deliveries that wait at the same moment share one transaction: one statement claims
/// all their inbox rows, their consumers run one after another on the shared connection (each in its own consume
/// pipe, with its own scoped DbContext), and one commit makes all their effects durable. A delivery that arrives
/// while no batch is running starts one at once, so nothing waits for company. When a consumer fails, the batch rolls
/// back, that delivery alone fails (retry, then the error queue) and the others run again together; when the failure
/// names nobody (an aborted transaction, a deadlock), each runs again in a transaction of its own. Batches never exceed <see cref="MessagingOptions.MaxConcurrentTransactions"/> at once. A batch first takes
/// the locks of its deliveries' keys (<see cref="InboxKeyLocks"/>), so deliveries about one key never overlap.
/// </summary>
public sealed partial class InboxBatcher
{
    /// <summary>A batch waiting this long for a key's lock no longer holds up the deliveries behind it.</summary>
    private static readonly TimeSpan KeyWaitBeforeAnotherRunner = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private readonly List<InboxTurn> _waiting = [];
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly Func<IServiceProvider, DbContext> _resolveDbContext;
    private readonly InboxTransactionLimit _limit;
    private readonly OutboxSignalInterceptor _outboxSignal;
    private readonly InboxWriteBehindInterceptor _writeBehindInterceptor;
    private readonly MessagingMetrics _metrics;
    private readonly ILogger<InboxBatcher> _logger;
    private readonly int _batchSize;
    private readonly int _extraRunnerThreshold;
    private int _runners;
    private int _runnersWaitingForKeys;

    internal InboxBatcher(
        IServiceScopeFactory scopeFactory,
        Func<IServiceProvider, DbContext> resolveDbContext,
        InboxTransactionLimit limit,
        OutboxSignalInterceptor outboxSignal,
        InboxWriteBehindInterceptor writeBehind,
        MessagingMetrics metrics,
        MessagingOptions settings,
        ILogger<InboxBatcher> logger)
    {
        _scopeFactory = scopeFactory;
        _resolveDbContext = resolveDbContext;
        _limit = limit;
        _outboxSignal = outboxSignal;
        _writeBehindInterceptor = writeBehind;
        _metrics = metrics;
        _logger = logger;
        _batchSize = Math.Max(1, settings.InboxBatchSize);
        // A second batch starts only when enough is waiting to fill half of one: fewer, fuller transactions cost
        // less than many small ones, while a lone delivery never waits for a runner.
        _extraRunnerThreshold = Math.Max(1, _batchSize / 2);
    }

    internal InboxTurn Enqueue(Guid messageId, string consumer, DbContext dbContext, Guid? key)
    {
        var turn = new InboxTurn(messageId, consumer, dbContext, key);
        lock (_gate)
        {
            _waiting.Add(turn);
        }

        StartRunnerIfUseful();
        return turn;
    }

    private void StartRunnerIfUseful()
    {
        IDisposable slot;
        lock (_gate)
        {
            var working = _runners - _runnersWaitingForKeys;
            if (_waiting.Count == 0 || (working > 0 && _waiting.Count < _extraRunnerThreshold) || !_limit.TryEnter(out slot))
            {
                return;
            }

            _runners++;
        }

        // The runner serves many deliveries: it must not carry the trace and logging scope of the one that started it.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(slot));
        }
    }

    private async Task RunAsync(IDisposable slot)
    {
        try
        {
            while (TakeBatch() is { } batch)
            {
                await RunBatchAsync(batch);
                StartRunnerIfUseful();
            }
        }
        finally
        {
            lock (_gate)
            {
                _runners--;
            }

            slot.Dispose();
        }

        // A delivery that arrived while this runner was leaving found it still counted; look once more.
        StartRunnerIfUseful();
    }

    private List<InboxTurn>? TakeBatch()
    {
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                return null;
            }

            var count = 1;
            if (!_waiting[0].Alone)
            {
                while (count < _waiting.Count && count < _batchSize && !_waiting[count].Alone)
                {
                    count++;
                }
            }

            var batch = _waiting.GetRange(0, count);
            _waiting.RemoveRange(0, count);
            return batch;
        }
    }

    private async Task RunBatchAsync(List<InboxTurn> batch)
    {
        var ran = new List<InboxTurn>(batch.Count);
        var duplicates = new List<InboxTurn>();
        InboxTurn? culprit = null;
        Exception? failure = null;
        try
        {
            await using var scope = _scopeFactory.CreateAsyncScope();
            var db = _resolveDbContext(scope.ServiceProvider);
            var committed = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var connection = db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                var writeBehind = new InboxWriteBehind(db);
                using var attached = _writeBehindInterceptor.Attach(connection, writeBehind);

                var claimed = await ClaimAsync(connection, dbTransaction, batch);
                foreach (var turn in batch)
                {
                    // A key claimed once serves one delivery; a second copy in the same batch is a duplicate.
                    if (!claimed.Remove((turn.MessageId, turn.Consumer)))
                    {
                        duplicates.Add(turn);
                        continue;
                    }

                    ran.Add(turn);
                    var error = await RunInSharedTransactionAsync(turn, connection, dbTransaction, writeBehind);
                    if (error is not null)
                    {
                        (culprit, failure) = (turn, error);
                        break;
                    }
                }

                if (failure is null)
                {
                    // Throws the write-behind's failure too when a consumer caught it: those rows were never saved.
                    await writeBehind.FlushAsync(CancellationToken.None);
                    if (writeBehind.FirstStatementError is not null)
                    {
                        await EnsureNotAbortedAsync(connection, dbTransaction);
                    }

                    // The commit wakes the dispatcher for events the batch context saved (OutboxSignalInterceptor).
                    await transaction.CommitAsync();
                    committed = true;
                }
            }
            finally
            {
                if (!committed)
                {
                    // Before the context goes back to the pool: its next lease must not wake the dispatcher for these.
                    _outboxSignal.RolledBackElsewhere(db);
                }
            }
        }
        catch (Exception exception)
        {
            // Claiming, connecting, saving several deliveries' rows together or committing failed: nobody in particular
            // is to blame.
            failure ??= exception;
        }

        _metrics.BatchRan(batch.Count);
        if (failure is null)
        {
            foreach (var turn in ran)
            {
                _outboxSignal.CommittedElsewhere(turn.DbContext);
                turn.Finish(InboxTurnOutcome.Committed);
            }

            foreach (var turn in duplicates)
            {
                turn.Finish(InboxTurnOutcome.Duplicate);
            }

            _metrics.Delivered(MessagingMetrics.Outcome.Committed, ran.Count);
            _metrics.Delivered(MessagingMetrics.Outcome.Duplicate, duplicates.Count);
            return;
        }

        foreach (var turn in ran)
        {
            _outboxSignal.RolledBackElsewhere(turn.DbContext);
            turn.DbContext.ChangeTracker.Clear();
        }

        if (batch.Count == 1 || (culprit is not null && !IsCausedElsewhere(failure)))
        {
            var failed = culprit ?? batch[0];
            failed.Finish(InboxTurnOutcome.Failed, failure);
            _metrics.Delivered(MessagingMetrics.Outcome.Failed);
            // The one to blame is known and out: the others did nothing wrong and run again together.
            _metrics.Delivered(MessagingMetrics.Outcome.Rerun, batch.Count - 1);
            Requeue(batch.Where(turn => turn != failed), alone: false);
        }
        else
        {
            LogBatchRolledBack(failure, batch.Count);
            _metrics.Delivered(MessagingMetrics.Outcome.RerunAlone, batch.Count);
            Requeue(batch);
        }
    }

    private static async Task<Exception?> RunInSharedTransactionAsync(
        InboxTurn turn, DbConnection connection, DbTransaction transaction, InboxWriteBehind writeBehind)
    {
        var database = turn.DbContext.Database;
        var ownConnectionString = database.GetConnectionString();
        database.SetDbConnection(connection, contextOwnsConnection: false);
        turn.WriteBehind = writeBehind;
        try
        {
            // Not owned by the delivery's context: disposing it only detaches the context again.
            using var joined = database.UseTransaction(transaction);
            return await turn.RunAsync();
        }
        finally
        {
            turn.WriteBehind = null;
            // Contexts are pooled: this one must not go back to the pool pointing at the group's connection, which
            // is returned to Npgsql's pool with the group. Setting the connection cleared the connection string.
            database.SetDbConnection(null, contextOwnsConnection: true);
            database.SetConnectionString(ownConnectionString);
        }
    }

    /// <summary>
    /// A consumer caught a database error and carried on. If PostgreSQL aborted the transaction, its COMMIT would roll
    /// back without an error and every delivery of the batch would be acknowledged with its effect gone: a statement
    /// fails with "current transaction is aborted" instead (an error caused elsewhere, so each delivery runs again
    /// alone). A consumer that recovered with a savepoint passes.
    /// </summary>
    private static async Task EnsureNotAbortedAsync(DbConnection connection, DbTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Takes the batch's key locks and claims its inbox rows. While another transaction holds one of its keys (a batch
    /// about the same student, a seed), the deliveries behind this batch may start a runner of their own.
    /// </summary>
    private async Task<HashSet<(Guid MessageId, string Consumer)>> ClaimAsync(DbConnection connection, DbTransaction transaction, List<InboxTurn> batch)
    {
        var claiming = ClaimInboxRowsAsync(connection, transaction, batch);
        if (batch.All(turn => turn.Key is null) || await Task.WhenAny(claiming, Task.Delay(KeyWaitBeforeAnotherRunner)) == claiming)
        {
            return await claiming;
        }

        lock (_gate)
        {
            _runnersWaitingForKeys++;
        }

        StartRunnerIfUseful();
        try
        {
            return await claiming;
        }
        finally
        {
            lock (_gate)
            {
                _runnersWaitingForKeys--;
            }
        }
    }

    private static async Task<HashSet<(Guid MessageId, string Consumer)>> ClaimInboxRowsAsync(
        DbConnection connection, DbTransaction transaction, List<InboxTurn> batch)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Sorted, so two batches claiming the same ids lock them in the same order and cannot deadlock; a row
        // another transaction holds uncommitted makes this wait for its outcome, as the single insert did.
        command.CommandText =
            $"""
             INSERT INTO {ModelBuilderExtensions.InboxTable} (message_id, consumer, processed_at)
             SELECT m.message_id, m.consumer, now() FROM unnest(@ids, @consumers) AS m(message_id, consumer)
             ORDER BY 1, 2
             ON CONFLICT DO NOTHING
             RETURNING message_id, consumer
             """;
        // The keys' locks first, in the same round trip: a batch about a key another transaction holds waits here,
        // before any of its consumers has read or locked anything.
        var keys = InboxKeyLocks.LockIds(batch.Select(turn => turn.Key).OfType<Guid>());
        if (keys.Length > 0)
        {
            // Waiting for a key another transaction holds is expected, however long that transaction runs; Npgsql's
            // default 30 s would cancel the wait, which PostgreSQL logs as an error, only to wait again.
            command.CommandTimeout = 0;
            command.CommandText = $"{InboxKeyLocks.LockSql};\n{command.CommandText}";
            command.Parameters.Add(InboxKeyLocks.KeysParameter(keys));
        }

        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid)
        {
            Value = batch.Select(turn => turn.MessageId).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("consumers", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = batch.Select(turn => turn.Consumer).ToArray(),
        });

        var claimed = new HashSet<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        if (keys.Length > 0)
        {
            await reader.NextResultAsync();
        }

        while (await reader.ReadAsync())
        {
            claimed.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return claimed;
    }

    private void Requeue(IEnumerable<InboxTurn> turns, bool alone = true)
    {
        var again = turns.ToList();
        if (again.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var turn in again)
            {
                turn.Alone = alone;
            }

            // In front, in their order: they were first, and running alone (or without the one to blame) they cannot
            // harm each other.
            _waiting.InsertRange(0, again);
        }
    }

    /// <summary>
    /// Errors that say nothing about the delivery that saw them: the transaction was already aborted by an earlier
    /// consumer that swallowed an error, PostgreSQL chose it as a deadlock or serialization victim, or saving earlier
    /// deliveries' new rows together failed just before its statement.
    /// </summary>
    private static bool IsCausedElsewhere(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException
                {
                    SqlState: PostgresErrorCodes.InFailedSqlTransaction or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
                })
            {
                return true;
            }

            if (current is NpgsqlException { IsTransient: true } or InboxWriteBehindException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An inbox batch of {Count} deliveries rolled back; each runs again on its own")]
    private partial void LogBatchRolledBack(Exception exception, int count);
}
