using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>
/// An inbox batch's new rows go to PostgreSQL together (docs/decisions/0015): fewer round trips, the same effects as
/// if each delivery had saved its own, before anyone reads.
/// </summary>
public sealed class InboxWriteBehindTests() : ProducerConsumerTest("write-behind")
{
    // One transaction slot: a slow first delivery holds it while the rest of the burst waits and forms full batches.
    private static readonly Dictionary<string, string?> OneTransaction = new() { ["Messaging:MaxConcurrentTransactions"] = "1" };

    [Fact]
    public async Task New_rows_of_a_batch_reach_the_database_in_one_statement_batch_and_each_once()
    {
        using var inserts = new LedgerInserts(new NpgsqlConnectionStringBuilder(ConsumerDb.ConnectionString).Database!);
        await using var consumer = await StartConsumerAsync(OneTransaction);
        await using var producer = await StartProducerAsync();

        var holder = new AmountBooked("wb-holder", 1, HoldMs: 300);
        var burst = Enumerable.Range(0, 40).Select(i => new AmountBooked($"wb-{i}", i)).ToList();
        await producer.PublishTogetherAsync([holder, .. burst]);
        var ids = burst.Select(b => b.EventId).Append(holder.EventId).ToList();
        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => ids.Contains(e.EventId)) == ids.Count), "every event of the burst applied");

        var applied = await consumer.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync());
        Assert.Equal(ids.Count, applied.Count);
        Assert.True(ids.ToHashSet().SetEquals(applied));
        // Every row was sent once, and the 41 rows took a handful of round trips (batches of up to 16), not 41.
        Assert.Equal(ids.Count, inserts.Rows);
        Assert.InRange(inserts.RoundTrips, 1, ids.Count / 4);
    }

    [Fact]
    public async Task A_consumer_that_reads_sees_the_new_rows_of_the_deliveries_before_it_in_its_batch()
    {
        await using var consumer = await StartConsumerAsync(OneTransaction);
        await using var producer = await StartProducerAsync();

        // Each delivery counts the account's rows and then adds one: in any order, applied one after another, they
        // must have seen 0, 1, 2 … 29. A row held back from the database while a later delivery counts shows as a repeat.
        var holder = new AmountBooked("count-holder", 1, HoldMs: 300);
        var counted = Enumerable.Range(0, 30).Select(i => new AmountBooked("counted", i, CountBefore: true)).ToList();
        await producer.PublishTogetherAsync([holder, .. counted]);
        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => e.Account == "counted") == counted.Count), "every counted event applied");

        var seen = await consumer.QueryAsync(db => db.Entries.Where(e => e.Account == "counted").Select(e => e.SeenBefore).ToListAsync());
        Assert.Equal(Enumerable.Range(0, counted.Count).Select(i => (int?)i), seen.Order());
        // And they did share transactions (rows of one transaction share its id): the case above was exercised.
        Assert.InRange(await consumer.CountTransactionsAsync("counted"), 1, counted.Count / 2);
    }

    [Fact]
    public async Task A_row_that_fails_only_when_saved_with_others_fails_alone_and_the_others_apply_once()
    {
        await using var consumer = await StartConsumerAsync(OneTransaction);
        await using var producer = await StartProducerAsync();

        // The bad row is accepted by its consumer and refused by PostgreSQL only when the batch's rows are sent together:
        // no single delivery can be blamed then, so every member runs again alone and only the bad one fails.
        var holder = new AmountBooked("save-holder", 1, HoldMs: 300);
        var healthy = Enumerable.Range(0, 40).Select(i => new AmountBooked($"save-{i}", i)).ToList();
        var bad = new AmountBooked("save-bad", 7, FailOnSave: true);
        await producer.PublishTogetherAsync([holder, .. healthy.Take(20), bad, .. healthy.Skip(20)]);

        var healthyIds = healthy.Select(h => h.EventId).Append(holder.EventId).ToList();
        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => healthyIds.Contains(e.EventId)) == healthyIds.Count), "every healthy event applied");
        await Eventually.WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(bad.EventId), "the bad event in the error queue");

        var applied = await consumer.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync());
        Assert.Equal(healthyIds.Count, applied.Count);
        Assert.True(healthyIds.ToHashSet().SetEquals(applied));
        // Three attempts of its own (first try and two retries); an attempt may first run once in a batch.
        Assert.InRange(consumer.Probe.AttemptsFor(bad.EventId), 3, 6);
    }

    [Fact]
    public async Task Events_that_batched_consumers_enqueue_are_published_when_the_batch_commits()
    {
        // The consumer's dispatcher looks on its own only once a minute here: the follow-up events arrive in time only
        // if the commit of the batch context that saved them woke it.
        var settings = new Dictionary<string, string?>(OneTransaction) { ["Messaging:PollInterval"] = "00:01:00" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        var holder = new AmountBooked("fwd-holder", 1, HoldMs: 300);
        var forwarding = Enumerable.Range(0, 20).Select(i => new AmountBooked($"fwd-{i}", i, Forward: true)).ToList();
        await producer.PublishTogetherAsync([holder, .. forwarding]);
        var followUps = forwarding.Select(f => $"next-{f.Account}").ToList();
        await Eventually.WaitUntilAsync(
            () => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => followUps.Contains(e.Account)) == followUps.Count),
            "every follow-up event applied",
            TimeSpan.FromSeconds(20));

        var applied = await consumer.QueryAsync(db => db.Entries.Where(e => followUps.Contains(e.Account)).Select(e => e.Account).ToListAsync());
        Assert.True(followUps.ToHashSet().SetEquals(applied));
        Assert.Equal(followUps.Count, applied.Count);
        // The forwarding deliveries did share transactions, so their events were saved by the batch, not one by one.
        Assert.InRange(await consumer.CountTransactionsAsync("fwd-%"), 1, forwarding.Count / 2);
    }

    [Fact]
    public async Task A_consumer_that_swallows_a_database_error_last_in_its_batch_cannot_make_the_batch_commit_nothing()
    {
        await using var consumer = await StartConsumerAsync(OneTransaction);
        await using var producer = await StartProducerAsync();

        // The swallower's failing statement first sends the rows before it, then aborts the transaction, and nothing
        // follows it in the batch: PostgreSQL answers the COMMIT of an aborted transaction with a rollback, not an
        // error. The batch must notice, or ten deliveries would be acknowledged with their rows gone.
        var holder = new AmountBooked("abort-holder", 1, HoldMs: 300);
        var healthy = Enumerable.Range(0, 10).Select(i => new AmountBooked($"abort-{i}", i)).ToList();
        var swallower = new AmountBooked("abort-swallower", 7, SwallowDbError: true, GiveUpAfterSwallowing: true);
        await producer.PublishTogetherAsync([holder, .. healthy, swallower]);

        var healthyIds = healthy.Select(h => h.EventId).Append(holder.EventId).ToList();
        await Eventually.WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(swallower.EventId), "the swallower in the error queue");
        await Eventually.WaitUntilAsync(
            () => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => healthyIds.Contains(e.EventId)) == healthyIds.Count),
            "every healthy event applied");

        var applied = await consumer.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync());
        Assert.Equal(healthyIds.Count, applied.Count);
        Assert.True(healthyIds.ToHashSet().SetEquals(applied));
    }

    /// <summary>Counts the INSERTs into the ledger that EF sends to one database, and in how many round trips.</summary>
    private sealed class LedgerInserts : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private const string Insert = "INSERT INTO ledger_entries";
        private readonly string _database;
        private readonly IDisposable _listeners;
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private int _roundTrips;
        private int _rows;

        public LedgerInserts(string database)
        {
            _database = database;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int RoundTrips => Volatile.Read(ref _roundTrips);

        public int Rows => Volatile.Read(ref _rows);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData { Command: { } command } && command.Connection?.Database == _database)
            {
                var rows = CountOccurrences(command.CommandText, Insert);
                if (rows > 0)
                {
                    Interlocked.Increment(ref _roundTrips);
                    Interlocked.Add(ref _rows, rows);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }

        private static int CountOccurrences(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
