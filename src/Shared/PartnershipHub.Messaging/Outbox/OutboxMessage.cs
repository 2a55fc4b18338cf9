using System.Diagnostics;

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

    /// <summary>
    /// The W3C <c>traceparent</c> of the operation that enqueued the event (an HTTP request, a consumer), sent with the
    /// message so the consumers' spans join that trace although the dispatcher publishes it later, from elsewhere.
    /// </summary>
    public string? TraceParent { get; private set; }

    internal static OutboxMessage Create(Guid messageId, string messageType, string payload, DateTimeOffset occurredAt) => new()
    {
        MessageId = messageId,
        MessageType = messageType,
        Payload = payload,
        OccurredAt = occurredAt,
        TraceParent = CurrentTraceParent(),
    };

    /// <summary>The current activity's id when it is a W3C trace context (what OpenTelemetry records), otherwise none.</summary>
    internal static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { Length: <= MaxTraceParentLength } id } ? id : null;

    /// <summary>Version 00 of the W3C format is 55 characters; room for a later version's extra fields.</summary>
    internal const int MaxTraceParentLength = 100;
}
