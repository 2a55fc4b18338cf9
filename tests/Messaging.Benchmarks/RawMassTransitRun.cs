using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using PartnershipHub.Testing;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>The baseline: MassTransit publish (with broker confirms) straight to a consumer that does nothing else.</summary>
internal static class RawMassTransitRun
{
    public static async Task<RunResult> RunAsync(int events)
    {
        await using var vhost = await TestVirtualHost.CreateAsync("bench-raw");
        var broker = BrokerAddress.Parse(vhost.ConnectionString);
        var settings = BenchSettings.Options;
        var latencies = new ConcurrentBag<double>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumed = 0;

        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
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
                endpoint.Handler<RawPing>(context =>
                {
                    latencies.Add(Stopwatch.GetElapsedTime(context.Message.SentTimestamp).TotalMilliseconds);
                    if (Interlocked.Increment(ref consumed) == events)
                    {
                        done.TrySetResult();
                    }

                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            // As many publishes in flight as the outbox dispatcher pipelines per batch, so the two compare like for like.
            using var inFlight = new SemaphoreSlim(settings.BatchSize);
            var started = Stopwatch.StartNew();
            var publishes = Enumerable.Range(0, events).Select(async i =>
            {
                await inFlight.WaitAsync();
                try
                {
                    await bus.Publish(new RawPing(i, Stopwatch.GetTimestamp()));
                }
                finally
                {
                    inFlight.Release();
                }
            }).ToList();
            await Task.WhenAll(publishes);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
            return new RunResult(events, started.Elapsed, latencies.ToList());
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}

public sealed record RawPing(int Sequence, long SentTimestamp);
