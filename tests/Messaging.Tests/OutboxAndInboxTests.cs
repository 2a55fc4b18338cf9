using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>The outbox → broker → inbox path against real PostgreSQL and RabbitMQ, one virtual host per test.</summary>
public sealed class OutboxAndInboxTests() : ProducerConsumerTest("messaging")
{

    [Fact]
    public async Task Rolled_back_transaction_publishes_nothing()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();

        var rolledBack = new AmountBooked("rolled-back", 10);
        await using (var scope = producer.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entries.Add(new LedgerEntry { EventId = rolledBack.EventId, Account = "rolled-back", Amount = 10 });
            db.EnqueueEvent(rolledBack);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // Events are dispatched in commit order, so once a later event has arrived the rolled-back one never will.
        var marker = await producer.BookAsync("marker", 1);
        await WaitUntilAsync(() => consumer.QueryAsync(db => db.Entries.AnyAsync(e => e.EventId == marker.EventId)));

        Assert.Equal(0, consumer.Probe.AttemptsFor(rolledBack.EventId));
        Assert.False(await consumer.QueryAsync(db => db.Entries.AnyAsync(e => e.EventId == rolledBack.EventId)));
        Assert.False(await producer.QueryAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.MessageId == rolledBack.EventId)));
    }

    [Fact]
    public async Task Consumer_transactions_stay_within_the_service_wide_bound()
    {
        // 50 deliveries may run at once per endpoint; the service-wide bound of 3 must still hold.
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "3" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        for (var i = 0; i < 24; i++)
        {
            await producer.BookAsync("held", 1, holdMs: 150);
        }

        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => e.Account == "held") == 24));
        Assert.InRange(consumer.Probe.MostRunningAtOnce, 2, 3);
    }

    [Fact]
    public async Task Message_delivered_twice_changes_state_once()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();

        // The same message id twice on the wire: what a redelivery after a lost ack, or a re-dispatch after a crash, looks like.
        var booked = new AmountBooked("twice", 5);
        var bus = producer.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(booked, context => context.MessageId = booked.EventId);
        await bus.Publish(booked, context => context.MessageId = booked.EventId);
        var after = await producer.BookAsync("after", 1);

        await WaitUntilAsync(() => consumer.QueryAsync(db => db.Entries.AnyAsync(e => e.EventId == after.EventId)));
        await WaitUntilAsync(() => Task.FromResult(consumer.Probe.DeliveriesFor(booked.EventId) == 2));

        var applied = await consumer.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == booked.EventId));
        Assert.Equal(1, applied);
        Assert.Equal(1, consumer.Probe.AttemptsFor(booked.EventId));
    }

    [Fact]
    public async Task Poison_message_ends_in_the_error_queue_and_does_not_block_the_rest()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();

        var poison = await producer.BookAsync("poison", 13, poison: true);
        var healthy = new List<AmountBooked>();
        for (var i = 0; i < 20; i++)
        {
            healthy.Add(await producer.BookAsync($"healthy-{i}", i));
        }

        var healthyIds = healthy.Select(h => h.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => healthyIds.Contains(e.EventId)) == healthy.Count));

        // The error queue appears when the first message fails for good.
        await WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(poison.EventId));

        Assert.False(await consumer.QueryAsync(db => db.Entries.AnyAsync(e => e.EventId == poison.EventId)));
        // First attempt plus the two configured retries, then the error queue.
        Assert.Equal(3, consumer.Probe.AttemptsFor(poison.EventId));
    }

    [Fact]
    public async Task Deliveries_waiting_together_share_a_transaction_and_a_poison_one_still_fails_alone()
    {
        // One transaction slot: while a batch runs, the rest of the burst waits and forms the next batches.
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        var healthy = Enumerable.Range(0, 60).Select(i => new AmountBooked($"burst-{i}", i)).ToList();
        var poison = new AmountBooked("burst-poison", 13, Poison: true);
        await producer.PublishTogetherAsync([.. healthy.Take(30), poison, .. healthy.Skip(30)]);

        var healthyIds = healthy.Select(h => h.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => healthyIds.Contains(e.EventId)) == healthy.Count));
        await WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(poison.EventId));

        Assert.Equal(healthy.Count, await consumer.QueryAsync(db => db.Entries.CountAsync()));
        Assert.Equal(3, consumer.Probe.AttemptsFor(poison.EventId));
        // Fewer transactions than events means group commit.
        Assert.InRange(await consumer.CountTransactionsAsync(), 1, healthy.Count / 2);
    }

    [Fact]
    public async Task A_consumer_that_swallows_a_database_error_in_a_group_fails_alone_and_the_others_apply_once()
    {
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        // The swallowed error aborts the shared transaction: the statements after it fail for everyone in the group.
        var healthy = Enumerable.Range(0, 60).Select(i => new AmountBooked($"swallow-burst-{i}", i)).ToList();
        var swallower = new AmountBooked("swallower", 7, SwallowDbError: true);
        await producer.PublishTogetherAsync([.. healthy.Take(30), swallower, .. healthy.Skip(30)]);

        var healthyIds = healthy.Select(h => h.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => healthyIds.Contains(e.EventId)) == healthy.Count));
        await WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(swallower.EventId));

        // Each healthy event exactly once; the swallower's effect never commits (its own transaction is aborted too).
        var applied = await consumer.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync());
        Assert.Equal(healthy.Count, applied.Count);
        Assert.True(healthyIds.ToHashSet().SetEquals(applied));
        // Each of its three attempts (first try and two retries) ends alone; an attempt may first run once in a group.
        Assert.InRange(consumer.Probe.AttemptsFor(swallower.EventId), 3, 6);
        Assert.InRange(await consumer.CountTransactionsAsync(), 1, healthy.Count / 2);
    }

    [Fact]
    public async Task A_consumer_that_swallows_a_database_error_fails_with_a_sentence_naming_the_rule()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();

        // It catches the error and carries on; without the inbox's rule the delivery would fail later on "current
        // transaction is aborted", which names nobody.
        var swallower = new AmountBooked("rule-swallower", 3, SwallowDbError: true);
        await producer.PublishTogetherAsync([swallower]);

        await WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(swallower.EventId));
        var fault = await Broker.ErrorQueueFaultAsync(swallower.EventId);
        Assert.NotNull(fault);
        Assert.Contains("caught a database error and carried on", fault);
        Assert.Contains("division by zero", fault);
        Assert.Equal(0, await consumer.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == swallower.EventId)));
    }

    [Fact]
    public async Task A_consumer_that_begins_its_own_transaction_fails_with_a_sentence_naming_the_rule_and_the_others_apply_once()
    {
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        var healthy = Enumerable.Range(0, 20).Select(i => new AmountBooked($"own-transaction-burst-{i}", i)).ToList();
        var offender = new AmountBooked("own-transaction", 5, BeginOwnTransaction: true);
        await producer.PublishTogetherAsync([.. healthy.Take(10), offender, .. healthy.Skip(10)]);

        var healthyIds = healthy.Select(h => h.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => healthyIds.Contains(e.EventId)) == healthy.Count));
        await WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(offender.EventId));
        var fault = await Broker.ErrorQueueFaultAsync(offender.EventId);
        Assert.NotNull(fault);
        Assert.Contains("began a transaction of its own", fault);
        var applied = await consumer.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync());
        Assert.True(healthyIds.ToHashSet().SetEquals(applied));
    }

    [Fact]
    public async Task Pooled_contexts_come_back_from_a_shared_transaction_with_their_own_connection()
    {
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        // Held behind one slow delivery, the others run as a group on its connection: each of their contexts was
        // pointed at that connection and then went back to the pool.
        var holder = new AmountBooked("pool-holder", 1, HoldMs: 300);
        var grouped = Enumerable.Range(0, 20).Select(i => new AmountBooked($"pooled-{i}", i)).ToList();
        await producer.PublishTogetherAsync([holder, .. grouped]);
        var ids = grouped.Select(g => g.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => ids.Contains(e.EventId)) == grouped.Count));

        // Lease as many contexts at once as the deliveries used, so the pool hands those very instances out again.
        var scopes = Enumerable.Range(0, 30).Select(_ => consumer.Host.Services.CreateAsyncScope()).ToList();
        var connections = new HashSet<System.Data.Common.DbConnection>(ReferenceEqualityComparer.Instance);
        try
        {
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
                // Each context has a connection of its own again, not the group's shared one.
                Assert.True(connections.Add(db.Database.GetDbConnection()), "Two pooled contexts share one connection object.");
                Assert.Equal(
                    new NpgsqlConnectionStringBuilder(ConsumerDb.ConnectionString).Database,
                    new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database);
                Assert.True(db.Database.AutoSavepointsEnabled);
                Assert.Null(db.Database.CurrentTransaction);
                Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
                Assert.Equal(grouped.Count, await db.Entries.CountAsync(e => ids.Contains(e.EventId)));
            }
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Copies_of_one_message_in_the_same_batch_change_state_once()
    {
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        // A slow first message holds the only transaction while the copies and their neighbours queue up behind it.
        var holder = new AmountBooked("holder", 1, HoldMs: 300);
        var twice = new AmountBooked("twice-in-batch", 5);
        var others = Enumerable.Range(0, 10).Select(i => new AmountBooked($"neighbour-{i}", i)).ToList();
        var bus = producer.Host.Services.GetRequiredService<IBus>();
        await bus.Publish(holder, context => context.MessageId = holder.EventId);
        await Task.WhenAll([
            bus.Publish(twice, context => context.MessageId = twice.EventId),
            .. others.Select(o => bus.Publish(o, context => context.MessageId = o.EventId)),
            bus.Publish(twice, context => context.MessageId = twice.EventId),
        ]);

        await WaitUntilAsync(() => Task.FromResult(consumer.Probe.DeliveriesFor(twice.EventId) == 2));
        var otherIds = others.Select(o => o.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => otherIds.Contains(e.EventId)) == others.Count));

        Assert.Equal(1, await consumer.QueryAsync(db => db.Entries.CountAsync(e => e.EventId == twice.EventId)));
        Assert.Equal(1, consumer.Probe.AttemptsFor(twice.EventId));
    }

    [Fact]
    public async Task Events_produced_while_theBroker_is_down_are_all_applied_exactly_once_after_it_returns()
    {
        const int count = 1_000;
        var brokerAddress = BrokerAddress.Parse(Broker.ConnectionString);
        await using var proxy = new BrokerProxy(brokerAddress.Host, brokerAddress.Port);
        proxy.Start();
        var viaProxy = proxy.Rewrite(Broker.ConnectionString);

        await using var consumer = await LedgerHost.StartAsync("consumer", ConsumerDb.ConnectionString, viaProxy, consumes: true);
        await using var producer = await LedgerHost.StartAsync("producer", ProducerDb.ConnectionString, viaProxy, consumes: false);

        proxy.Stop();
        var outageStarted = DateTime.UtcNow;
        var produced = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            produced.Add((await producer.BookAsync($"outage-{i % 10}", i)).EventId);
        }

        var remaining = TimeSpan.FromSeconds(10) - (DateTime.UtcNow - outageStarted);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining); // The scenario itself: the broker stays down for 10 seconds.
        }

        Assert.True(await producer.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)) > 0,
            "With the broker down, events must wait in the outbox.");
        proxy.Start();

        await WaitUntilAsync(
            () => consumer.QueryAsync(async db => await db.Entries.CountAsync() >= count),
            TimeSpan.FromSeconds(90));

        var applied = await consumer.QueryAsync(db => db.Entries.Select(e => e.EventId).ToListAsync());
        Assert.Equal(count, applied.Count);
        Assert.Equal(count, applied.Distinct().Count());
        Assert.True(produced.ToHashSet().SetEquals(applied));
        await WaitUntilAsync(() => producer.QueryAsync(async db => await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null) == 0));
    }

    [Fact]
    public async Task Events_copied_in_bulk_are_the_rows_EnqueueEvent_writes_and_each_is_applied_once()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();
        List<AmountBooked> booked = [.. Enumerable.Range(0, 40).Select(i => new AmountBooked($"bulk-{i}", i + 1))];

        await using (var scope = producer.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.CopyToOutboxAsync(booked, CancellationToken.None);
            await transaction.CommitAsync();
            scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
        }

        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => e.Account.StartsWith("bulk-")) == booked.Count));
        Assert.All(booked, e => Assert.Equal(1, consumer.Probe.AttemptsFor(e.EventId)));

        var ids = booked.Select(e => e.EventId).ToList();
        var rows = await producer.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.MessageId)).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(ids, rows.Select(r => r.MessageId));
        await using var compare = producer.Host.Services.CreateAsyncScope();
        var enqueuing = compare.ServiceProvider.GetRequiredService<LedgerDbContext>();
        foreach (var (integrationEvent, row) in booked.Zip(rows))
        {
            enqueuing.EnqueueEvent(integrationEvent);
            var enqueued = enqueuing.ChangeTracker.Entries<OutboxMessage>().Single(e => e.Entity.MessageId == integrationEvent.EventId).Entity;
            Assert.Equal(enqueued.MessageType, row.MessageType);
            Assert.Equal(enqueued.OccurredAt, row.OccurredAt, TimeSpan.FromMicroseconds(1)); // PostgreSQL keeps microseconds
            // jsonb keeps the content, not the key order: compare what the dispatcher will read back.
            Assert.Equal(Read(enqueued.Payload), Read(row.Payload));
        }
    }

    private static AmountBooked? Read(string payload) => JsonSerializer.Deserialize<AmountBooked>(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) =>
        Eventually.WaitUntilAsync(condition, "the outbox and inbox to get there", timeout);
}
