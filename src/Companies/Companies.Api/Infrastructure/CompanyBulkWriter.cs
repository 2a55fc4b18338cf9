using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure;

/// <summary>
/// Inserts newly registered companies with their locations by binary COPY in the DbContext's current transaction (the
/// batch's events go in by <see cref="PartnershipHub.Messaging.OutboxBulk"/>). The import uses it because EF's per-row INSERTs made a
/// 20,000-row file take several times longer. Values are written synchronously: they only fill the importer's buffer,
/// and an await per value was measurable. Column names follow the EF model (see the migrations); the import tests read it all back.
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
                writer.StartRow();
                writer.Write(company.Id, NpgsqlDbType.Uuid);
                writer.Write(company.Name, NpgsqlDbType.Varchar);
                writer.Write(company.KvkNumber, NpgsqlDbType.Char);
                WriteNullable(writer, company.SbbId);
                WriteNullable(writer, company.Sector);
                writer.Write(company.Active, NpgsqlDbType.Boolean);
                WriteNullable(writer, company.Contact.Name);
                WriteNullable(writer, company.Contact.Email);
                WriteNullable(writer, company.Contact.Phone);
                WriteNullable(writer, company.Cooperation.ContactFrequency);
                WriteNullable(writer, company.Cooperation.WhoToCall);
                WriteNullable(writer, company.Cooperation.Notes);
                writer.Write(company.Cooperation.Offers.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                writer.Write(company.Version, NpgsqlDbType.Bigint);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY company_locations (id, company_id, position, street, postcode, city, latitude, longitude, coordinates_source) " +
            "FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var location in companies.SelectMany(c => c.Locations))
            {
                writer.StartRow();
                writer.Write(location.Id, NpgsqlDbType.Uuid);
                writer.Write(location.CompanyId, NpgsqlDbType.Uuid);
                writer.Write(location.Position, NpgsqlDbType.Integer);
                writer.Write(location.Street, NpgsqlDbType.Varchar);
                writer.Write(location.Postcode, NpgsqlDbType.Varchar);
                writer.Write(location.City, NpgsqlDbType.Varchar);
                WriteNullable(writer, location.Latitude);
                WriteNullable(writer, location.Longitude);
                writer.Write(location.CoordinatesSource.ToString(), NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, double? value)
    {
        if (value is { } number)
        {
            writer.Write(number, NpgsqlDbType.Double);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
