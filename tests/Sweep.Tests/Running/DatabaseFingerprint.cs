using Npgsql;

namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>
/// Row count and a hash of every row of every table of one database, to show that a batch of refused requests
/// stored nothing. What the services' own machinery changes in the background is left out: consumed-message
/// bookkeeping, the dispatcher marking events sent (an event's id still counts: a refused request must not enqueue
/// one) and data-protection keys the framework makes on first use.
/// </summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    private static readonly HashSet<string> Bookkeeping = ["inbox_processed_messages", "data_protection_keys"];

    /// <summary>Tables whose rows a dispatcher updates after the fact: only their keys are compared.</summary>
    private static readonly HashSet<string> Queues = ["outbox_messages", "queued_mails"];

    /// <param name="everything">Every column of every table (to see whether the system has gone quiet).</param>
    public static async Task<DatabaseFingerprint> TakeAsync(string connectionString, bool everything = false)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<(string Table, string? Key)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT t.table_name,
                   (SELECT string_agg(quote_ident(k.column_name), ', ' ORDER BY k.ordinal_position)
                      FROM information_schema.table_constraints c
                      JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_name = c.table_name
                     WHERE c.table_name = t.table_name AND c.table_schema = t.table_schema AND c.constraint_type = 'PRIMARY KEY')
              FROM information_schema.tables t
             WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
             ORDER BY t.table_name
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        var fingerprints = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var (table, key) in tables)
        {
            if (!everything && Bookkeeping.Contains(table))
            {
                continue;
            }

            var row = !everything && Queues.Contains(table) && key is not null ? $"({key})" : "t";
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(md5({row}::text), '' ORDER BY md5({row}::text))), '') FROM \"{table}\" t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            fingerprints[table] = (reader.GetInt64(0), reader.GetString(1));
        }

        return new DatabaseFingerprint(fingerprints);
    }

    public static async Task<long> UnsentEventsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>What changed since <paramref name="before"/>, one line per table ("students: 300 → 301 rows").</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseFingerprint before) =>
        [.. Tables.Keys.Union(before.Tables.Keys)
            .Where(table => !before.Tables.TryGetValue(table, out var was) || !Tables.TryGetValue(table, out var now) || was != now)
            .Select(table =>
            {
                var was = before.Tables.GetValueOrDefault(table);
                var now = Tables.GetValueOrDefault(table);
                return was.Rows == now.Rows ? $"{table}: rows changed ({now.Rows} rows)" : $"{table}: {was.Rows} → {now.Rows} rows";
            })];

    public override string ToString() => string.Join(";", Tables.Select(t => $"{t.Key}={t.Value.Rows}/{t.Value.Hash}"));
}
