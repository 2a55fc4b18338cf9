using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Messaging;

/// <summary>
/// Bulk enqueue for imports: writes events into <c>outbox_messages</c> by binary COPY on the context's connection,
/// inside its current transaction, as exactly the rows <see cref="OutboxDbContextExtensions.EnqueueEvent{TEvent}"/>
/// would add (same type name, same JSON, same columns), so the dispatcher publishes them like any other — without
/// every row passing through EF's change tracker. Rows are numbered in list order, the order they are published in.
/// The caller commits, then calls <see cref="OutboxSignal.Notify"/> to wake the dispatcher.
/// </summary>
public static class OutboxBulk
{
    private const string CopyCommand =
        "COPY outbox_messages (message_id, message_type, payload, occurred_at, attempts, trace_parent) FROM STDIN (FORMAT BINARY)";

    /// <summary>The version-free type name the dispatcher resolves a payload's type from.</summary>
    public static string TypeName(Type eventType) => EventSerializer.TypeName(eventType);

    /// <summary>The JSON an outbox row holds for this event.</summary>
    public static string Payload(IntegrationEvent integrationEvent) => EventSerializer.Serialize(integrationEvent);

    public static async Task CopyToOutboxAsync(this DbContext db, IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        // Every row of one import carries the trace of the request that imported it.
        var traceParent = OutboxMessage.CurrentTraceParent();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(CopyCommand, cancellationToken);
        foreach (var integrationEvent in events)
        {
            // Synchronous writes only fill the importer's buffer; an await per value was measurable.
            writer.StartRow();
            writer.Write(integrationEvent.EventId, NpgsqlDbType.Uuid);
            writer.Write(TypeName(integrationEvent.GetType()), NpgsqlDbType.Varchar);
            writer.Write(Payload(integrationEvent), NpgsqlDbType.Jsonb);
            writer.Write(integrationEvent.OccurredAt, NpgsqlDbType.TimestampTz);
            writer.Write(0, NpgsqlDbType.Integer);
            if (traceParent is null)
            {
                writer.WriteNull();
            }
            else
            {
                writer.Write(traceParent, NpgsqlDbType.Varchar);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
