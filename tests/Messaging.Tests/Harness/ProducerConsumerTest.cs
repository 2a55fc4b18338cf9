using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests.Harness;

/// <summary>
/// A test class with two services of its own: a producer and a consumer database and one RabbitMQ virtual host,
/// created before each test and removed after it.
/// </summary>
public abstract class ProducerConsumerTest(string prefix) : IAsyncLifetime
{
    protected TestDatabase ProducerDb { get; private set; } = null!;

    protected TestDatabase ConsumerDb { get; private set; } = null!;

    protected TestVirtualHost Broker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ProducerDb = await TestDatabase.CreateAsync($"{prefix}-producer");
        ConsumerDb = await TestDatabase.CreateAsync($"{prefix}-consumer");
        Broker = await TestVirtualHost.CreateAsync(prefix);
    }

    public async Task DisposeAsync()
    {
        await Broker.DisposeAsync();
        await ConsumerDb.DisposeAsync();
        await ProducerDb.DisposeAsync();
    }

    /// <summary>The consuming service on this test's database and virtual host.</summary>
    protected Task<LedgerHost> StartConsumerAsync(IDictionary<string, string?>? settings = null, bool keyedByAccount = false) =>
        LedgerHost.StartAsync("consumer", ConsumerDb.ConnectionString, Broker.ConnectionString, consumes: true, settings, keyedByAccount);

    /// <summary>The producing service on this test's database and virtual host.</summary>
    protected Task<LedgerHost> StartProducerAsync(IDictionary<string, string?>? settings = null) =>
        LedgerHost.StartAsync("producer", ProducerDb.ConnectionString, Broker.ConnectionString, consumes: false, settings);
}
