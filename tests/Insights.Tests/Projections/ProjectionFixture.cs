using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>
/// The service on its own database and virtual host, a publisher standing in for the other services' outboxes, and the
/// host's warnings and errors (the read model logs no error for anything the other services may send).
/// </summary>
public sealed class ProjectionFixture : InsightsApiFixture, IAsyncLifetime
{
    public TestPublisher Publisher { get; private set; } = null!;

    public CapturedLog Log { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Publisher = await TestPublisher.StartAsync(Broker.ConnectionString);
        Log = CapturedLog.AttachTo(Factory.Services);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Publisher.DisposeAsync();
        await DisposeAsync();
    }

    public Task PublishAsync<T>(T e) where T : IntegrationEvent => Publisher.PublishAsync(e);

    /// <summary>Publishes each event as its own type (the exchange its consumers bind to), in order.</summary>
    public async Task PublishAllAsync(params IntegrationEvent[] events)
    {
        foreach (var e in events)
        {
            await Publisher.PublishAsync((dynamic)e);
        }
    }

    /// <summary>Waits until the inbox has applied each of these events (its message id recorded once per consumer).</summary>
    public Task ProcessedAsync(params IntegrationEvent[] events)
    {
        var ids = events.Select(e => e.EventId).Distinct().ToList();
        return Eventually.WaitAsync(
            () => InDatabaseAsync(db => db.Set<ProcessedMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId).Distinct().CountAsync()),
            n => n == ids.Count, what: $"{ids.Count} event(s) processed");
    }

    public Task<T> ReadAsync<T>(Func<InsightsDbContext, Task<T>> query) => InDatabaseAsync(query);
}
