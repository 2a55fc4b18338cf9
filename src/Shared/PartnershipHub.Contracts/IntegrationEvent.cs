namespace PartnershipHub.Contracts;

/// <summary>
/// Base of every integration event: a past-tense fact with its own id (the message id on the bus,
/// which consumers deduplicate on) and the moment it happened. Fields are only ever added.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
