using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// The outbox → broker → inbox path between two real services (producer and consumer hosts wired like the services
/// are). Both modes time the same window: from the first commit that holds an event to the moment the consumer's
/// transaction applying the last one has committed; latency runs, per event, from its commit to its effect.
/// Both hosts are started (and their queues bound) once, before any clock starts, and serve every run of the path.
/// </summary>
internal sealed class OutboxInboxRun : IMeasuredPath
{
    public const int Writers = 32;

    private readonly TestDatabase _producerDb;
    private readonly TestDatabase _consumerDb;
    private readonly TestVirtualHost _vhost;
    private readonly LedgerHost _consumer;
    private readonly LedgerHost _producer;
    private readonly bool _drain;

    private OutboxInboxRun(TestDatabase producerDb, TestDatabase consumerDb, TestVirtualHost vhost, LedgerHost consumer, LedgerHost producer, bool drain)
    {
        (_producerDb, _consumerDb, _vhost, _consumer, _producer, _drain) = (producerDb, consumerDb, vhost, consumer, producer, drain);
    }

    /// <summary>Writers commit one state change + event per transaction, as endpoints do.</summary>
    public static Task<IMeasuredPath> WithWritersAsync() => StartAsync(drain: false);

    /// <summary>
    /// The pipeline alone: each run commits its events to the outbox in one transaction, then times until the consumer
    /// has applied all of them. This leaves out the cost of the business transactions themselves, which on this machine
    /// is mostly EF Core's.
    /// </summary>
    public static Task<IMeasuredPath> DrainingAsync() => StartAsync(drain: true);

    private static async Task<IMeasuredPath> StartAsync(bool drain)
    {
        var name = drain ? "bench-drain" : "bench-outbox";
        var producerDb = await TestDatabase.CreateAsync($"{name}-producer");
        var consumerDb = await TestDatabase.CreateAsync($"{name}-consumer");
        var vhost = await TestVirtualHost.CreateAsync(name);
        var consumer = await LedgerHost.StartAsync("consumer", consumerDb.ConnectionString, vhost.ConnectionString, consumes: true, BenchSettings.Overrides);
        var producer = await LedgerHost.StartAsync("producer", producerDb.ConnectionString, vhost.ConnectionString, consumes: false, BenchSettings.Overrides);
        return new OutboxInboxRun(producerDb, consumerDb, vhost, consumer, producer, drain);
    }

    public Task<RunResult> RunAsync(int events) => _drain ? DrainAsync(events) : WriteAsync(events);

    private async Task<RunResult> WriteAsync(int events)
    {
        var committedAt = new ConcurrentDictionary<Guid, long>();
        await using var effects = new EffectClock(_consumer, events);
        await using var progress = Progress.Start(_producer, effects, () => committedAt.Count);

        var next = -1;
        var writers = Enumerable.Range(0, Writers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < events)
            {
                var booked = await _producer.BookAsync("bench", 1);
                committedAt[booked.EventId] = Stopwatch.GetTimestamp();
            }
        }).ToList();
        await Task.WhenAll(writers);
        await effects.AllApplied.WaitAsync(TimeSpan.FromMinutes(5));
        var result = effects.Result(committedAt.Values.Min(), committedAt);
        await VerifyAppliedOnceAsync([.. committedAt.Keys]);
        return result;
    }

    private async Task<RunResult> DrainAsync(int events)
    {
        var backlog = Enumerable.Range(0, events).Select(i => new AmountBooked("drain", 1)).ToList();
        var committed = 0;
        await using var effects = new EffectClock(_consumer, events);
        await using var progress = Progress.Start(_producer, effects, () => committed);

        long committedAt;
        await using (var scope = _producer.Host.Services.CreateAsyncScope())
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
        var result = effects.Result(committedAt, backlog.ToDictionary(b => b.EventId, _ => committedAt));
        await VerifyAppliedOnceAsync([.. backlog.Select(b => b.EventId)]);
        return result;
    }

    /// <summary>A figure counts only if the consumer's database holds exactly one effect per event of the run.</summary>
    private async Task VerifyAppliedOnceAsync(Guid[] eventIds)
    {
        var (rows, distinct) = await _consumer.QueryAsync(async db =>
        {
            var applied = db.Entries.Where(entry => eventIds.Contains(entry.EventId));
            return (await applied.CountAsync(), await applied.Select(entry => entry.EventId).Distinct().CountAsync());
        });
        if (rows != eventIds.Length || distinct != eventIds.Length)
        {
            throw new InvalidOperationException(
                $"The consumer holds {rows} effect rows for {distinct} of the run's {eventIds.Length} events; each must have exactly one.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _producer.DisposeAsync();
        await _consumer.DisposeAsync();
        await _vhost.DisposeAsync();
        await _consumerDb.DisposeAsync();
        await _producerDb.DisposeAsync();
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
                .Where(applied => committedAt.ContainsKey(applied.Key))
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
