using MassTransit;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Support;

/// <summary>The Internships service on its own database and virtual host, for one test class, plus a bus to publish other services' events.</summary>
public sealed class InternshipsFixture() : ServiceFixture<Program, InternshipsDbContext>(ResourceNames.InternshipsDb, ApiAudiences.Internships), IAsyncLifetime
{
    private IBusControl? _bus;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Messaging:PollInterval"] = "00:00:00.200";
        settings["Logging:LogLevel:Default"] = "Warning";
    }

    /// <summary>Publishes an event as its producing service would, with a chosen message id (to test redelivery).</summary>
    public async Task PublishAsync<TEvent>(TEvent message, Guid? messageId = null) where TEvent : class
    {
        if (_bus is null)
        {
            var client = Factory.CreateClient();
            await Eventually.WaitUntilAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, "the service to be healthy");
            var broker = BrokerAddress.Parse(Broker.ConnectionString);
            var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            }));
            await bus.StartAsync();
            _bus = bus;
        }

        await _bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        await DisposeAsync();
    }
}
