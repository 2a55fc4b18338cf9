using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using PartnershipHub.Testing;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>The baseline: MassTransit publish (with broker confirms) straight to a consumer that does nothing else.</summary>
internal static class RawMassTransitRun
{
    private const int InFlight = 200;

    public static async Task<RunResult> RunAsync(int events)
    {
        await using var vhost = await TestVirtualHost.CreateAsync("bench-raw");
        var broker = BrokerAddress.Parse(vhost.ConnectionString);
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
                endpoint.PrefetchCount = 50;
                endpoint.ConcurrentMessageLimit = 50;
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
            using var inFlight = new SemaphoreSlim(InFlight);
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
