using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// The outbox → broker → inbox path between two real services (producer and consumer hosts wired like the services
/// are). Both paths time the same window: from the first commit that holds an event to the moment the consumer's
/// transaction applying the last one has committed; latency runs, per event, from its commit to its effect.
/// Both hosts are started (and their queues bound) before the clock starts.
/// </summary>
internal static class OutboxInboxRun
{
    public const int Writers = 32;

    /// <summary>Writers commit one state change + event per transaction, as endpoints do.</summary>
    public static async Task<RunResult> RunAsync(int events)
    {
        await using var producerDb = await TestDatabase.CreateAsync("bench-producer");
        await using var consumerDb = await TestDatabase.CreateAsync("bench-consumer");
        await using var vhost = await TestVirtualHost.CreateAsync("bench-outbox");
        await using var consumer = await LedgerHost.StartAsync("consumer", consumerDb.ConnectionString, vhost.ConnectionString, consumes: true, BenchSettings.Overrides);
        await using var producer = await LedgerHost.StartAsync("producer", producerDb.ConnectionString, vhost.ConnectionString, consumes: false, BenchSettings.Overrides);

        var committedAt = new ConcurrentDictionary<Guid, long>();
        await using var effects = new EffectClock(consumer, events);
        await using var progress = Progress.Start(producer, effects, () => committedAt.Count);

        var next = -1;
        var writers = Enumerable.Range(0, Writers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < events)
            {
                var booked = await producer.BookAsync("bench", 1);
                committedAt[booked.EventId] = Stopwatch.GetTimestamp();
            }
        }).ToList();
        await Task.WhenAll(writers);
        await effects.AllApplied.WaitAsync(TimeSpan.FromMinutes(5));
        return effects.Result(committedAt.Values.Min(), committedAt);
    }

    /// <summary>
    /// The pipeline alone: <paramref name="events"/> events committed to the outbox in one transaction, then the time
    /// until the consumer has applied all of them. This leaves out the cost of the business transactions themselves,
    /// which on this machine is mostly EF Core's.
    /// </summary>
    public static async Task<RunResult> DrainAsync(int events)
    {
        await using var producerDb = await TestDatabase.CreateAsync("bench-drain-producer");
        await using var consumerDb = await TestDatabase.CreateAsync("bench-drain-consumer");
        await using var vhost = await TestVirtualHost.CreateAsync("bench-drain");
        await using var consumer = await LedgerHost.StartAsync("consumer", consumerDb.ConnectionString, vhost.ConnectionString, consumes: true, BenchSettings.Overrides);
        await using var producer = await LedgerHost.StartAsync("producer", producerDb.ConnectionString, vhost.ConnectionString, consumes: false, BenchSettings.Overrides);

        var backlog = Enumerable.Range(0, events).Select(i => new AmountBooked("drain", 1)).ToList();
        var committed = 0;
        await using var effects = new EffectClock(consumer, events);
        await using var progress = Progress.Start(producer, effects, () => committed);

        long committedAt;
        await using (var scope = producer.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var booked in backlog)
            {
                db.EnqueueEvent(booked);
            }

            await db.SaveChangesAsync();
            // The commit wakes the dispatcher (as any service's commit does); the clock starts when it returns.
            await transaction.CommitAsync();
            committedAt = Stopwatch.GetTimestamp();
            committed = events;
        }

        await effects.AllApplied.WaitAsync(TimeSpan.FromMinutes(5));
        return effects.Result(committedAt, backlog.ToDictionary(b => b.EventId, _ => committedAt));
    }

    /// <summary>Records when each event's effect was committed in the consumer (PostConsume runs after the inbox commit).</summary>
    private sealed class EffectClock : IConsumeObserver, IAsyncDisposable
    {
        private readonly ConcurrentDictionary<Guid, long> _appliedAt = new();
        private readonly TaskCompletionSource _allApplied = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConnectHandle _handle;
        private readonly int _events;
        private int _applied;

        public EffectClock(LedgerHost consumer, int events)
        {
            _events = events;
            _handle = consumer.Host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(this);
        }

        public Task AllApplied => _allApplied.Task;

        public int Applied => Volatile.Read(ref _applied);

        public RunResult Result(long firstCommit, IReadOnlyDictionary<Guid, long> committedAt)
        {
            var lastEffect = _appliedAt.Values.Max();
            var latencies = _appliedAt
                .Select(applied => Stopwatch.GetElapsedTime(committedAt[applied.Key], applied.Value).TotalMilliseconds)
                .ToList();
            return new RunResult(_events, Stopwatch.GetElapsedTime(firstCommit, lastEffect), latencies);
        }

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            // A duplicate delivery (acknowledged by the inbox without running) must not count twice.
            if (context.Message is AmountBooked booked && _appliedAt.TryAdd(booked.EventId, Stopwatch.GetTimestamp())
                && Interlocked.Increment(ref _applied) == _events)
            {
                _allApplied.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            _handle.Disconnect();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>With PH_BENCH_TRACE=1, prints once a second how far each stage has come: where the backlog waits.</summary>
    private sealed class Progress : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;

        public static Progress Start(LedgerHost producer, EffectClock effects, Func<int> committed)
        {
            var progress = new Progress();
            if (BenchSettings.Trace)
            {
                progress._loop = progress.LoopAsync(producer, effects, committed);
            }

            return progress;
        }

        private async Task LoopAsync(LedgerHost producer, EffectClock effects, Func<int> committed)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    await Task.Delay(1000, _stop.Token);
                    var sent = await producer.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt != null));
                    Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F1} s  committed {committed(),6}  sent {sent,6}  applied {effects.Applied,6}  load {BenchSettings.LoadAverage()}");
                }
            }
            catch (OperationCanceledException)
            {
                // The run ended.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}
