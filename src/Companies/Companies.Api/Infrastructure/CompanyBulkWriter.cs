using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Companies.Infrastructure;

/// <summary>
/// Inserts newly registered companies with their locations, and the batch's outbox events, by binary COPY in the
/// DbContext's current transaction. The import uses it because EF's per-row INSERTs made a 20,000-row file take
/// several times longer. Column names follow the EF model (see the migrations); the import tests read it all back.
/// </summary>
internal static class CompanyBulkWriter
{
    public static async Task InsertAsync(CompaniesDbContext db, IReadOnlyList<Company> companies, CancellationToken cancellationToken)
    {
        if (companies.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY companies (id, name, kvk_number, sbb_id, sector, active, contact_name, contact_email, contact_phone, " +
            "contact_frequency, who_to_call, cooperation_notes, offers, version) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var company in companies)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(company.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(company.Name, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(company.KvkNumber, NpgsqlDbType.Char, cancellationToken);
                await WriteNullableAsync(writer, company.SbbId, cancellationToken);
                await WriteNullableAsync(writer, company.Sector, cancellationToken);
                await writer.WriteAsync(company.Active, NpgsqlDbType.Boolean, cancellationToken);
                await WriteNullableAsync(writer, company.Contact.Name, cancellationToken);
                await WriteNullableAsync(writer, company.Contact.Email, cancellationToken);
                await WriteNullableAsync(writer, company.Contact.Phone, cancellationToken);
                await WriteNullableAsync(writer, company.Cooperation.ContactFrequency, cancellationToken);
                await WriteNullableAsync(writer, company.Cooperation.WhoToCall, cancellationToken);
                await WriteNullableAsync(writer, company.Cooperation.Notes, cancellationToken);
                await writer.WriteAsync(company.Cooperation.Offers.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(company.Version, NpgsqlDbType.Bigint, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY company_locations (id, company_id, position, street, postcode, city, latitude, longitude, coordinates_source) " +
            "FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var location in companies.SelectMany(c => c.Locations))
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(location.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(location.CompanyId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(location.Position, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(location.Street, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(location.Postcode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(location.City, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, location.Latitude, cancellationToken);
                await WriteNullableAsync(writer, location.Longitude, cancellationToken);
                await writer.WriteAsync(location.CoordinatesSource.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Writes the events the context holds for the outbox (built by <c>EnqueueEvent</c>, so the foundation still
    /// decides their form) by COPY, and stops EF from inserting them again. The caller wakes the dispatcher after
    /// commit, which EF's interceptor would otherwise have done. Returns how many were written.
    /// </summary>
    public static async Task<int> InsertPendingEventsAsync(CompaniesDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY outbox_messages (message_id, message_type, payload, occurred_at, attempts) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Enqueue order is publication order: the identity column follows the order of the COPY.
            foreach (var message in pending.Select(e => e.Entity))
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(message.MessageId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(message.MessageType, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(message.Payload, NpgsqlDbType.Jsonb, cancellationToken);
                await writer.WriteAsync(message.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(message.Attempts, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        foreach (var entry in pending)
        {
            entry.State = EntityState.Detached;
        }

        return pending.Count;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, double? value, CancellationToken cancellationToken) =>
        value is { } number ? writer.WriteAsync(number, NpgsqlDbType.Double, cancellationToken) : writer.WriteNullAsync(cancellationToken);
}
