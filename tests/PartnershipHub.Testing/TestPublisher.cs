using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;

namespace PartnershipHub.Testing;

/// <summary>Publishes events on the fixture's virtual host as another service's outbox would (message id = event id).</summary>
public sealed class TestPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestPublisher(IBusControl bus) => _bus = bus;

    public static async Task<TestPublisher> StartAsync(string brokerConnectionString)
    {
        var broker = BrokerAddress.Parse(brokerConnectionString);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return new TestPublisher(bus);
    }

    /// <summary>Publishing the same event twice is a redelivery: same message id.</summary>
    public Task PublishAsync<T>(T message) where T : IntegrationEvent =>
        _bus.Publish(message, context => context.MessageId = message.EventId);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
