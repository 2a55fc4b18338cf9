using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// The baseline: MassTransit publish (with broker confirms) straight to a consumer that does nothing else. The bus is
/// started once and serves the warm-up and the measured run, as a running service's bus would.
/// <see cref="WithEffectAsync"/> is the same bus with a consumer that applies the benchmark's effect (one ledger row,
/// EF Core, pooled context, its own transaction) and nothing else: no outbox, no inbox, so no exactly-once effect.
/// It tells how much of the gap to the bare rate is the effect itself and how much the outbox and inbox add.
/// </summary>
internal sealed class RawMassTransitRun : IMeasuredPath
{
    private readonly TestVirtualHost _vhost;
    private readonly TestDatabase? _effectDb;
    private readonly PooledDbContextFactory<LedgerDbContext>? _contexts;
    private readonly IBusControl _bus;
    private ConcurrentBag<double> _latencies = [];
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _consumed;
    private int _expected;

    private RawMassTransitRun(TestVirtualHost vhost, TestDatabase? effectDb)
    {
        _vhost = vhost;
        _effectDb = effectDb;
        if (effectDb is not null)
        {
            // Prepared statements, as AddDatabaseAndMessaging gives the services.
            _contexts = new PooledDbContextFactory<LedgerDbContext>(new DbContextOptionsBuilder<LedgerDbContext>()
                .UseNpgsql(PartnershipHub.Persistence.DatabaseExtensions.WithPreparedStatements(effectDb.ConnectionString)).Options);
        }

        var broker = BrokerAddress.Parse(vhost.ConnectionString);
        var settings = BenchSettings.Options;
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint("raw-bench", endpoint =>
            {
                // The same prefetch and concurrency as the services' consumers in this run.
                endpoint.PrefetchCount = settings.PrefetchCount;
                endpoint.ConcurrentMessageLimit = settings.ConcurrentMessageLimit;
                endpoint.Handler<RawPing>(async context =>
                {
                    if (_contexts is not null)
                    {
                        await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                        db.Entries.Add(new LedgerEntry { EventId = Guid.NewGuid(), Account = "raw", Amount = 1, AppliedAt = DateTimeOffset.UtcNow });
                        await db.SaveChangesAsync(context.CancellationToken);
                    }

                    _latencies.Add(Stopwatch.GetElapsedTime(context.Message.SentTimestamp).TotalMilliseconds);
                    if (Interlocked.Increment(ref _consumed) == Volatile.Read(ref _expected))
                    {
                        _done.TrySetResult();
                    }
                });
            });
        });
    }

    public static async Task<IMeasuredPath> StartAsync()
    {
        var path = new RawMassTransitRun(await TestVirtualHost.CreateAsync("bench-raw"), effectDb: null);
        await path._bus.StartAsync();
        return path;
    }

    public static async Task<IMeasuredPath> WithEffectAsync()
    {
        var database = await TestDatabase.CreateAsync("bench-effect");
        var path = new RawMassTransitRun(await TestVirtualHost.CreateAsync("bench-effect"), database);
        await using (var db = await path._contexts!.CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        await path._bus.StartAsync();
        return path;
    }

    public async Task<RunResult> RunAsync(int events)
    {
        _latencies = [];
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _consumed, 0);
        Volatile.Write(ref _expected, events);

        // As many publishes in flight as the outbox dispatcher pipelines per batch, so the two compare like for like.
        using var inFlight = new SemaphoreSlim(BenchSettings.Options.BatchSize);
        var started = Stopwatch.StartNew();
        var publishes = Enumerable.Range(0, events).Select(async i =>
        {
            await inFlight.WaitAsync();
            try
            {
                await _bus.Publish(new RawPing(i, Stopwatch.GetTimestamp()));
            }
            finally
            {
                inFlight.Release();
            }
        }).ToList();
        await Task.WhenAll(publishes);
        await _done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        return new RunResult(events, started.Elapsed, _latencies.ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _vhost.DisposeAsync();
        if (_effectDb is not null)
        {
            await _effectDb.DisposeAsync();
        }
    }
}

public sealed record RawPing(int Sequence, long SentTimestamp);
