namespace PartnershipHub.Messaging.Inbox;

/// <summary>Marks that one consumer endpoint has applied one message; its presence makes a redelivery a no-op.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; set; }

    public string Consumer { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
