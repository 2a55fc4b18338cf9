using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Infrastructure;

/// <summary>
/// Writes integration events into <c>outbox_messages</c> by binary COPY on the context's connection, inside its current
/// transaction, as exactly the rows <c>db.EnqueueEvent</c> would have added (same type name, same JSON, same columns),
/// so the foundation's dispatcher publishes them like any other. The import uses it so that no outbox row passes through
/// EF's change tracker (added, change-detected, then detached again) on its way to the COPY. Rows are numbered in list
/// order, which is the order the dispatcher publishes them in. A test compares the rows with EnqueueEvent's, so a change
/// of format in the foundation fails it. (Students and Companies each hold this writer; it belongs in
/// PartnershipHub.Messaging once that library offers a bulk enqueue.)
/// </summary>
internal static class OutboxBulkWriter
{
    private const string CopyCommand =
        "COPY outbox_messages (message_id, message_type, payload, occurred_at, attempts) FROM STDIN (FORMAT BINARY)";

    // The foundation's serializer settings (PartnershipHub.Messaging's EventSerializer): web defaults, nothing else.
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();

    /// <summary>The version-free type name the dispatcher resolves the payload's type from.</summary>
    public static string TypeName(Type eventType) =>
        TypeNames.GetOrAdd(eventType, type => $"{type.FullName}, {type.Assembly.GetName().Name}");

    public static string Payload(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), PayloadOptions);

    public static async Task InsertAsync(DbContext db, IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

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
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
