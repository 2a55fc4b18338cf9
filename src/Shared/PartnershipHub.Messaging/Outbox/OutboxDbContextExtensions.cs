using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Messaging;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues an integration event for publication. It is written by the next <c>SaveChanges</c>, in the same
    /// transaction as the state change, and published by the dispatcher only after that transaction commits;
    /// a rollback publishes nothing.
    /// </summary>
    public static void EnqueueEvent<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : IntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(
            integrationEvent.EventId,
            EventSerializer.TypeName(integrationEvent.GetType()),
            EventSerializer.Serialize(integrationEvent),
            integrationEvent.OccurredAt));
    }
}
