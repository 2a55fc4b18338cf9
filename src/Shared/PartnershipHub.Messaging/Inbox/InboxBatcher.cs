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
/// the locks of its deliveries' keys (<see cref="InboxKeyLocks"/>), so deliveries about one key never overlap. A key one
/// batch of this service has is never given to another one at the same time (its later deliveries wait in line); a key
/// held outside the inbox (a seed, another replica) takes its deliveries out of a batch about other keys, to wait for it
/// alone (docs/decisions/0016).
/// </summary>
public sealed partial class InboxBatcher
{
    /// <summary>A batch waiting this long for a key's lock no longer holds up the deliveries behind it.</summary>
    private static readonly TimeSpan KeyWaitBeforeAnotherRunner = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private readonly List<InboxTurn> _waiting = [];

    /// <summary>Keys of the deliveries in running batches, with how many: a waiting delivery about one of them is not taken.</summary>
    private readonly Dictionary<Guid, int> _keysInBatches = [];
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
            var takeable = CountTakeable(working > 0 ? _extraRunnerThreshold : 1);
            if (takeable == 0 || (working > 0 && takeable < _extraRunnerThreshold) || !_limit.TryEnter(out slot))
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

    /// <summary>
    /// The waiting deliveries a batch may take, from the front: none about a key a running batch has (those after it
    /// about that key stay behind it as well, so one key's deliveries keep their order), up to the batch size, and a
    /// delivery that must run alone only on its own.
    /// </summary>
    private List<InboxTurn>? TakeBatch()
    {
        lock (_gate)
        {
            var batch = new List<InboxTurn>();
            var taken = new List<int>();
            for (var i = 0; i < _waiting.Count && batch.Count < _batchSize; i++)
            {
                var turn = _waiting[i];
                if (turn.Key is { } key && _keysInBatches.ContainsKey(key))
                {
                    continue;
                }

                if (turn.Alone && batch.Count > 0)
                {
                    break;
                }

                batch.Add(turn);
                taken.Add(i);
                if (turn.Alone)
                {
                    break;
                }
            }

            if (batch.Count == 0)
            {
                return null;
            }

            for (var i = taken.Count - 1; i >= 0; i--)
            {
                _waiting.RemoveAt(taken[i]);
            }

            foreach (var key in batch.Select(turn => turn.Key).OfType<Guid>())
            {
                _keysInBatches[key] = _keysInBatches.GetValueOrDefault(key) + 1;
            }

            return batch;
        }
    }

    /// <summary>How many waiting deliveries a batch could take now, counted up to <paramref name="enough"/>. Under the gate.</summary>
    private int CountTakeable(int enough)
    {
        if (_keysInBatches.Count == 0)
        {
            return _waiting.Count;
        }

        var count = 0;
        for (var i = 0; i < _waiting.Count && count < enough; i++)
        {
            if (_waiting[i].Key is not { } key || !_keysInBatches.ContainsKey(key))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The batch has ended (and its deliveries that run again are back in line): its keys are free for the next.</summary>
    private void ReleaseKeys(List<InboxTurn> batch)
    {
        lock (_gate)
        {
            foreach (var key in batch.Select(turn => turn.Key).OfType<Guid>())
            {
                if (--_keysInBatches[key] == 0)
                {
                    _keysInBatches.Remove(key);
                }
            }
        }
    }

    private async Task RunBatchAsync(List<InboxTurn> batch)
    {
        try
        {
            await RunAndSettleAsync(batch);
        }
        finally
        {
            // After any rerun is back in line, so a later delivery about one of its keys cannot go first.
            ReleaseKeys(batch);
        }
    }

    private async Task RunAndSettleAsync(List<InboxTurn> batch)
    {
        var ran = new List<InboxTurn>(batch.Count);
        var duplicates = new List<InboxTurn>();
        var keyHeldElsewhere = new List<InboxTurn>();
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

                var (claimed, busyLocks) = await ClaimAsync(connection, dbTransaction, batch);
                foreach (var turn in batch)
                {
                    // Its key is held outside the inbox: it was not claimed, and waits for the key alone, after this batch.
                    if (busyLocks.Count > 0 && turn.Key is { } key && busyLocks.Contains(InboxKeyLocks.LockId(key)))
                    {
                        turn.Alone = true;
                        keyHeldElsewhere.Add(turn);
                        continue;
                    }

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
            Requeue(keyHeldElsewhere);
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
    /// Takes the batch's key locks and claims its inbox rows, and names the lock ids held elsewhere. A batch whose
    /// deliveries are all about one key waits for it; while another transaction holds it (a seed, another replica), the
    /// deliveries behind this batch may start a runner of their own. A batch about several keys, or about a key and
    /// nothing, waits for none: a delivery whose key is held elsewhere is left unclaimed, so the others do not wait with it.
    /// </summary>
    private async Task<(HashSet<(Guid MessageId, string Consumer)> Claimed, HashSet<long> BusyLocks)> ClaimAsync(
        DbConnection connection, DbTransaction transaction, List<InboxTurn> batch)
    {
        var keys = batch.Select(turn => turn.Key).Distinct().ToList();
        if (keys.All(key => key is null))
        {
            return (await ClaimInboxRowsAsync(connection, transaction, batch, keyLocks: []), []);
        }

        if (keys is not [{ } onlyKey])
        {
            return await ClaimWhereKeysAreFreeAsync(connection, transaction, batch);
        }

        var claiming = ClaimInboxRowsAsync(connection, transaction, batch, [InboxKeyLocks.LockId(onlyKey)]);
        if (await Task.WhenAny(claiming, Task.Delay(KeyWaitBeforeAnotherRunner)) == claiming)
        {
            return (await claiming, []);
        }

        lock (_gate)
        {
            _runnersWaitingForKeys++;
        }

        StartRunnerIfUseful();
        try
        {
            return (await claiming, []);
        }
        finally
        {
            lock (_gate)
            {
                _runnersWaitingForKeys--;
            }
        }
    }

    // Sorted, so two batches claiming the same ids lock them in the same order and cannot deadlock; a row another
    // transaction holds uncommitted makes this wait for its outcome, as the single insert did.
    private const string ClaimSql =
        $"""
         INSERT INTO {ModelBuilderExtensions.InboxTable} (message_id, consumer, processed_at)
         SELECT m.message_id, m.consumer, now() FROM unnest(@ids, @consumers) AS m(message_id, consumer)
         ORDER BY 1, 2
         ON CONFLICT DO NOTHING
         RETURNING message_id, consumer
         """;

    // One statement: try each key's lock (a try never waits, so the order does not matter), claim the rows of the
    // deliveries without a key or with a key it got, and return them followed by the lock ids it did not get. The
    // locks are materialised, so each is tried once.
    private const string ClaimWhereKeysAreFreeSql =
        $"""
         WITH key_locks AS MATERIALIZED (
             SELECT k, pg_try_advisory_xact_lock(k) AS taken FROM unnest(@keys) AS k),
         claimed AS (
             INSERT INTO {ModelBuilderExtensions.InboxTable} (message_id, consumer, processed_at)
             SELECT m.message_id, m.consumer, now() FROM unnest(@ids, @consumers, @lock_ids) AS m(message_id, consumer, lock_id)
             WHERE m.lock_id IS NULL OR m.lock_id IN (SELECT k FROM key_locks WHERE taken)
             ORDER BY 1, 2
             ON CONFLICT DO NOTHING
             RETURNING message_id, consumer)
         SELECT message_id, consumer, NULL::bigint FROM claimed
         UNION ALL
         SELECT NULL, NULL, k FROM key_locks WHERE NOT taken
         """;

    private static async Task<HashSet<(Guid MessageId, string Consumer)>> ClaimInboxRowsAsync(
        DbConnection connection, DbTransaction transaction, List<InboxTurn> batch, long[] keyLocks)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ClaimSql;
        // The key's lock first, in the same round trip: a batch about a key another transaction holds waits here,
        // before any of its consumers has read or locked anything.
        if (keyLocks.Length > 0)
        {
            // Waiting for a key another transaction holds is expected, however long that transaction runs; Npgsql's
            // default 30 s would cancel the wait, which PostgreSQL logs as an error, only to wait again.
            command.CommandTimeout = 0;
            command.CommandText = $"{InboxKeyLocks.LockSql};\n{ClaimSql}";
            command.Parameters.Add(InboxKeyLocks.KeysParameter(keyLocks));
        }

        AddDeliveries(command, batch);
        var claimed = new HashSet<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        if (keyLocks.Length > 0)
        {
            await reader.NextResultAsync();
        }

        while (await reader.ReadAsync())
        {
            claimed.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return claimed;
    }

    private static async Task<(HashSet<(Guid MessageId, string Consumer)> Claimed, HashSet<long> BusyLocks)> ClaimWhereKeysAreFreeAsync(
        DbConnection connection, DbTransaction transaction, List<InboxTurn> batch)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ClaimWhereKeysAreFreeSql;
        command.Parameters.Add(InboxKeyLocks.KeysParameter(InboxKeyLocks.LockIds(batch.Select(turn => turn.Key).OfType<Guid>())));
        AddDeliveries(command, batch);
        command.Parameters.Add(new NpgsqlParameter("lock_ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
        {
            Value = batch.Select(turn => turn.Key is { } key ? InboxKeyLocks.LockId(key) : (long?)null).ToArray(),
        });

        var claimed = new HashSet<(Guid, string)>();
        var busy = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.IsDBNull(0))
            {
                busy.Add(reader.GetInt64(2));
            }
            else
            {
                claimed.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        return (claimed, busy);
    }

    private static void AddDeliveries(DbCommand command, List<InboxTurn> batch)
    {
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid)
        {
            Value = batch.Select(turn => turn.MessageId).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("consumers", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = batch.Select(turn => turn.Consumer).ToArray(),
        });
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
            if (alone)
            {
                foreach (var turn in again)
                {
                    turn.Alone = true;
                }
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
