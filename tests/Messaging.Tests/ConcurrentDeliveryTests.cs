using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>
/// Deliveries whose transactions would overlap: with a key (what they are about) they run one after the other; without,
/// a deadlock between them is retried, not reported as an error.
/// </summary>
public sealed class ConcurrentDeliveryTests() : ProducerConsumerTest("concurrent")
{
    [Fact]
    public async Task Deliveries_about_one_key_never_run_in_overlapping_transactions_while_other_keys_run_alongside()
    {
        // One delivery per transaction and many transactions at once: only the keys keep one account's bookings apart.
        var settings = new Dictionary<string, string?> { ["Messaging:InboxBatchSize"] = "1" };
        await using var consumer = await StartConsumerAsync(settings, keyedByAccount: true);
        await using var producer = await StartProducerAsync();

        var bookings = Enumerable.Range(0, 8).SelectMany(i => new[] { new AmountBooked("key-a", i, HoldMs: 100), new AmountBooked("key-b", i, HoldMs: 100) }).ToList();
        await producer.PublishTogetherAsync(bookings);
        await Eventually.WaitUntilAsync(
            () => consumer.QueryAsync(db => db.Entries.CountAsync(e => e.Account == "key-a" || e.Account == "key-b")).ContinueWith(t => t.Result == bookings.Count),
            "every booking applied");

        Assert.Equal(1, consumer.Probe.MostRunningAtOnceFor("key-a"));
        Assert.Equal(1, consumer.Probe.MostRunningAtOnceFor("key-b"));
        Assert.Equal(2, consumer.Probe.MostRunningAtOnce);
        // Each still in a transaction of its own (the batch size), each applied once.
        Assert.Equal(bookings.Count, await consumer.CountTransactionsAsync("key-%"));
    }

    [Fact]
    public async Task A_transaction_outside_the_inbox_holding_a_key_keeps_that_keys_deliveries_waiting_until_it_ends()
    {
        await using var consumer = await StartConsumerAsync(keyedByAccount: true);
        await using var producer = await StartProducerAsync();

        await using var scope = consumer.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var transaction = await db.Database.BeginTransactionAsync();
        await db.LockInboxKeysAsync([LedgerHost.AccountKey("seeded")], CancellationToken.None);

        var held = await producer.BookAsync("seeded", 1);
        var free = await producer.BookAsync("not-seeded", 2);
        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(q => q.Entries.AnyAsync(e => e.EventId == free.EventId)), "the other key's booking");
        Assert.False(await consumer.QueryAsync(q => q.Entries.AnyAsync(e => e.EventId == held.EventId)));

        await transaction.CommitAsync();
        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(q => q.Entries.AnyAsync(e => e.EventId == held.EventId)), "the held booking");
        Assert.Equal(1, consumer.Probe.AttemptsFor(held.EventId));
    }

    [Fact]
    public async Task A_delivery_batched_with_one_whose_key_is_held_outside_the_inbox_does_not_wait_for_that_key()
    {
        await using var consumer = await StartConsumerAsync(keyedByAccount: true);
        await using var producer = await StartProducerAsync();

        await using var scope = consumer.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var transaction = await db.Database.BeginTransactionAsync();
        await db.LockInboxKeysAsync([LedgerHost.AccountKey("held-in-batch")], CancellationToken.None);

        // A slow delivery keeps the only runner busy (two waiting are too few for a second), so the two bookings
        // published together while it runs wait and are taken as one batch.
        var holder = new AmountBooked("batch-holder", 1, HoldMs: 1500);
        await producer.PublishTogetherAsync([holder]);
        await Eventually.WaitUntilAsync(() => consumer.Probe.AttemptsFor(holder.EventId) == 1, "the slow delivery running");
        var held = new AmountBooked("held-in-batch", 2);
        var free = new AmountBooked("free-in-batch", 3);
        await producer.PublishTogetherAsync([held, free]);

        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(q => q.Entries.AnyAsync(e => e.EventId == free.EventId)), "the free key's booking");
        Assert.False(await consumer.QueryAsync(q => q.Entries.AnyAsync(e => e.EventId == held.EventId)));
        Assert.Equal(0, consumer.Probe.AttemptsFor(held.EventId));

        await transaction.CommitAsync();
        await Eventually.WaitUntilAsync(() => consumer.QueryAsync(q => q.Entries.AnyAsync(e => e.EventId == held.EventId)), "the held booking");
        Assert.Equal(1, consumer.Probe.AttemptsFor(held.EventId));
        Assert.Equal(1, consumer.Probe.AttemptsFor(free.EventId));
    }

    [Fact]
    public async Task A_deadlock_victim_runs_again_and_nothing_is_logged_as_an_error()
    {
        // One delivery per transaction, so the two below run side by side and lock two rows in opposite orders.
        var settings = new Dictionary<string, string?> { ["Messaging:InboxBatchSize"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();
        var log = CapturedLog.AttachTo(consumer.Host.Services);
        await consumer.QueryAsync(db =>
        {
            db.Entries.AddRange(
                new LedgerEntry { EventId = Guid.NewGuid(), Account = "lock-a", AppliedAt = DateTimeOffset.UtcNow },
                new LedgerEntry { EventId = Guid.NewGuid(), Account = "lock-b", AppliedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        var ab = new AmountBooked("deadlock-ab", 1, LockAccounts: ["lock-a", "lock-b"]);
        var ba = new AmountBooked("deadlock-ba", 2, LockAccounts: ["lock-b", "lock-a"]);
        await producer.PublishTogetherAsync([ab, ba]);

        await Eventually.WaitUntilAsync(
            () => consumer.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == ab.EventId || e.EventId == ba.EventId)).ContinueWith(t => t.Result == 2),
            "both bookings applied");
        // PostgreSQL chose one of them as the victim; it ran again once the other had committed.
        Assert.Equal(3, consumer.Probe.AttemptsFor(ab.EventId) + consumer.Probe.AttemptsFor(ba.EventId));
        Assert.Contains(log.Warnings, line => line.Contains("deadlock", StringComparison.Ordinal));
        Assert.True(log.Errors.Count == 0, string.Join(Environment.NewLine, log.Errors));
    }
}
