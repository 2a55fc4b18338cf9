using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using PartnershipHub.Testing;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// The baseline: MassTransit publish (with broker confirms) straight to a consumer that does nothing else. The bus is
/// started once and serves the warm-up and the measured run, as a running service's bus would.
/// </summary>
internal sealed class RawMassTransitRun : IMeasuredPath
{
    private readonly TestVirtualHost _vhost;
    private readonly IBusControl _bus;
    private ConcurrentBag<double> _latencies = [];
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _consumed;
    private int _expected;

    private RawMassTransitRun(TestVirtualHost vhost)
    {
        _vhost = vhost;
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
                endpoint.Handler<RawPing>(context =>
                {
                    _latencies.Add(Stopwatch.GetElapsedTime(context.Message.SentTimestamp).TotalMilliseconds);
                    if (Interlocked.Increment(ref _consumed) == Volatile.Read(ref _expected))
                    {
                        _done.TrySetResult();
                    }

                    return Task.CompletedTask;
                });
            });
        });
    }

    public static async Task<IMeasuredPath> StartAsync()
    {
        var path = new RawMassTransitRun(await TestVirtualHost.CreateAsync("bench-raw"));
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
    }
}

public sealed record RawPing(int Sequence, long SentTimestamp);
