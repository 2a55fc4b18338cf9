using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// Runs a section's aggregate in PostgreSQL on the request's context connection: the filters become parameters
/// (<c>@crebos</c>, <c>@cohort</c>, <c>@from</c>, <c>@to</c>, <c>@start_at</c>, <c>@end_at</c>) and
/// <see cref="Population"/> the condition on a students alias, written only for the filters given so each query keeps a
/// plan of its own. Only aggregates come back: no row per student ever leaves the database.
/// </summary>
internal sealed class DashboardSql(InsightsDbContext db, DashboardFilter filter, IReadOnlyList<string>? crebos)
{
    public DashboardFilter Filter => filter;

    /// <summary>What the answer depends on: the programmes counted and the filters (a period is its dates).</summary>
    public string Key => $"{(crebos is null ? "*" : string.Join(',', crebos))}|{filter.Cohort}|{filter.From:yyyy-MM-dd}|{filter.To:yyyy-MM-dd}";

    /// <summary>The same query on another context (the cache computes in a scope of its own).</summary>
    public DashboardSql On(InsightsDbContext other) => new(other, filter, crebos);

    /// <summary>The students the section counts (programme and cohort), on the students table's <paramref name="alias"/>.</summary>
    public string Population(string alias) =>
        (crebos is null ? "TRUE" : $"{alias}.crebo = ANY(@crebos)") + (filter.Cohort is null ? "" : $" AND {alias}.cohort = @cohort");

    /// <summary>The programme condition alone, for tables that carry their own crebo (surveys).</summary>
    public string Programme(string column) => crebos is null ? "TRUE" : $"{column} = ANY(@crebos)";

    public bool ByCohort => filter.Cohort is not null;

    /// <remarks>
    /// The connection opened here is closed again before the context goes back to the pool: a pooled context still
    /// holding it open would be refused by the next consumer's inbox transaction ("the connection is in use").
    /// </remarks>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params NpgsqlParameter[] extra)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadAsync(sql, read, cancellationToken, extra);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, NpgsqlParameter[] extra)
    {
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new NpgsqlParameter("crebos", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = crebos?.ToArray() ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("cohort", NpgsqlDbType.Text) { Value = filter.Cohort ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", NpgsqlDbType.Date) { TypedValue = filter.From });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", NpgsqlDbType.Date) { TypedValue = filter.To });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("start_at", NpgsqlDbType.TimestampTz) { TypedValue = filter.Start });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("end_at", NpgsqlDbType.TimestampTz) { TypedValue = filter.EndExclusive });
        command.Parameters.AddRange(extra);

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<T> SingleAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params NpgsqlParameter[] extra) =>
        (await QueryAsync(sql, read, cancellationToken, extra)).Single();
}
