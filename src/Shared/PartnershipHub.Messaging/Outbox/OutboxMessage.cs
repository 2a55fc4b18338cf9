namespace PartnershipHub.Messaging.Outbox;

/// <summary>An integration event written in the same transaction as the state change that caused it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    /// <summary>Insertion order; the dispatcher publishes in this order.</summary>
    public long Id { get; private set; }

    /// <summary>The event's own id, used as the bus message id so consumers can deduplicate.</summary>
    public Guid MessageId { get; private set; }

    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    internal static OutboxMessage Create(Guid messageId, string messageType, string payload, DateTimeOffset occurredAt) => new()
    {
        MessageId = messageId,
        MessageType = messageType,
        Payload = payload,
        OccurredAt = occurredAt,
    };
}
