using System.Collections.Concurrent;
using MassTransit;
using PartnershipHub.Messaging;

namespace PartnershipHub.Testing;

/// <summary>
/// Listens on a test virtual host like a consuming service would, on a queue of its own, and keeps every event
/// of the registered types, so a test can assert what a service really published to the broker.
/// </summary>
public sealed class EventCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly List<Action<IReceiveEndpointConfigurator>> _handlers = [];
    private IBusControl? _bus;

    public IReadOnlyCollection<object> Received => _received;

    public EventCollector Collect<TEvent>() where TEvent : class
    {
        _handlers.Add(endpoint => endpoint.Handler<TEvent>(context =>
        {
            _received.Enqueue(context.Message);
            _arrived.Release();
            return Task.CompletedTask;
        }));
        return this;
    }

    public async Task<EventCollector> StartAsync(string brokerConnectionString)
    {
        var broker = BrokerAddress.Parse(brokerConnectionString);
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint($"test-collector-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                foreach (var handler in _handlers)
                {
                    handler(endpoint);
                }
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _bus.StartAsync(timeout.Token);
        return this;
    }

    public IEnumerable<TEvent> All<TEvent>() => _received.OfType<TEvent>();

    /// <summary>Waits until an event of type <typeparamref name="TEvent"/> matching <paramref name="match"/> arrives.</summary>
    public async Task<TEvent> WaitForAsync<TEvent>(Func<TEvent, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _received.OfType<TEvent>().FirstOrDefault(e => match?.Invoke(e) ?? true);
            if (found is not null)
            {
                return found;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"No {typeof(TEvent).Name} matching the condition arrived; received: {string.Join(", ", _received.Select(e => e.GetType().Name))}.");
            }

            await _arrived.WaitAsync(remaining < TimeSpan.FromMilliseconds(200) ? remaining : TimeSpan.FromMilliseconds(200));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
