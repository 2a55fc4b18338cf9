using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// Writers commit one state change + event per transaction (as endpoints do); latency runs from the commit's
/// return to the moment the consumer's own transaction (effect + inbox row) has committed.
/// </summary>
internal static class OutboxInboxRun
{
    public const int Writers = 32;

    public static async Task<RunResult> RunAsync(int events)
    {
        await using var producerDb = await TestDatabase.CreateAsync("bench-producer");
        await using var consumerDb = await TestDatabase.CreateAsync("bench-consumer");
        await using var vhost = await TestVirtualHost.CreateAsync("bench-outbox");
        var settings = new Dictionary<string, string?> { ["Messaging:PollInterval"] = "00:00:00.500" };
        await using var consumer = await LedgerHost.StartAsync("consumer", consumerDb.ConnectionString, vhost.ConnectionString, consumes: true, settings);
        await using var producer = await LedgerHost.StartAsync("producer", producerDb.ConnectionString, vhost.ConnectionString, consumes: false, settings);

        var committedAt = new ConcurrentDictionary<Guid, long>();
        var appliedAt = new ConcurrentDictionary<Guid, long>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var applied = 0;
        consumer.Host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(new EffectObserver(id =>
        {
            appliedAt[id] = Stopwatch.GetTimestamp();
            if (Interlocked.Increment(ref applied) == events)
            {
                done.TrySetResult();
            }
        }));

        var started = Stopwatch.StartNew();
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
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var elapsed = started.Elapsed;
        var latencies = appliedAt
            .Select(applied => Stopwatch.GetElapsedTime(committedAt[applied.Key], applied.Value).TotalMilliseconds)
            .ToList();
        return new RunResult(events, elapsed, latencies);
    }

    /// <summary>
    /// The pipeline alone: <paramref name="events"/> events already committed to the outbox (written before the
    /// producing service starts), then the time until the consumer has applied all of them. This leaves out the
    /// cost of the business transactions themselves, which on this machine is mostly EF Core's.
    /// </summary>
    public static async Task<RunResult> DrainAsync(int events)
    {
        await using var producerDb = await TestDatabase.CreateAsync("bench-drain-producer");
        await using var consumerDb = await TestDatabase.CreateAsync("bench-drain-consumer");
        await using var vhost = await TestVirtualHost.CreateAsync("bench-drain");
        await using var consumer = await LedgerHost.StartAsync("consumer", consumerDb.ConnectionString, vhost.ConnectionString, consumes: true, SettingsFromEnvironment());

        var options = new DbContextOptionsBuilder<LedgerDbContext>().UseNpgsql(producerDb.ConnectionString).Options;
        await using (var db = new LedgerDbContext(options))
        {
            await db.Database.EnsureCreatedAsync();
            for (var i = 0; i < events; i++)
            {
                db.EnqueueEvent(new AmountBooked("drain", 1));
            }

            await db.SaveChangesAsync();
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var applied = 0;
        consumer.Host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(new EffectObserver(_ =>
        {
            if (Interlocked.Increment(ref applied) == events)
            {
                done.TrySetResult();
            }
        }));

        var started = Stopwatch.StartNew();
        await using var producer = await LedgerHost.StartAsync("producer", producerDb.ConnectionString, vhost.ConnectionString, consumes: false, SettingsFromEnvironment());
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        return new RunResult(events, started.Elapsed, []);
    }

    /// <summary>Extra messaging settings to compare, e.g. PH_BENCH_SETTINGS="Messaging:ConcurrentMessageLimit=16".</summary>
    private static Dictionary<string, string?> SettingsFromEnvironment() =>
        (Environment.GetEnvironmentVariable("PH_BENCH_SETTINGS") ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], string? (pair) => pair.Length > 1 ? pair[1] : null);

    private sealed class EffectObserver(Action<Guid> onApplied) : IConsumeObserver
    {
        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is AmountBooked booked)
            {
                onApplied(booked.EventId);
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
