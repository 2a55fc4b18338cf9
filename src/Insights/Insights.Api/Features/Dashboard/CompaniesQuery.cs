using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// The companies section: per company, in SQL, the placements of the counted students that started in the range, the
/// early-endings pattern (a window over its early endings) and its students' survey average; flags, order and the page
/// are decided in the same statement, so only one page of companies leaves the database.
/// </summary>
internal static class CompaniesQuery
{
    public const int MaxPageSize = 200;

    /// <summary>Answered student surveys of the counted students' programmes whose placement ended in the range.</summary>
    private static string Surveys(DashboardSql sql) =>
        $"""
        SELECT sv.company_id, sv.student_id, (SELECT avg(x) FROM unnest(sv.scores) x) AS score
        FROM surveys sv {(sql.ByCohort ? $"JOIN students s ON s.id = sv.student_id AND {sql.Population("s")}" : "")}
        WHERE sv.respondent = 'Student' AND sv.answered_at IS NOT NULL AND sv.scores IS NOT NULL
          AND sv.placement_ended_on BETWEEN @from AND @to AND {sql.Programme("sv.crebo")}
        """;

    /// <summary>Every company row with its figures and flags (needs <c>@programme_average</c>).</summary>
    private static string Rows(DashboardSql sql) =>
        $"""
        WITH pl AS (
            SELECT p.company_id, p.student_id, p.started_on, p.status, p.ended_early, p.ended_on
            FROM placements p JOIN students s ON s.id = p.student_id
            WHERE {sql.Population("s")} AND p.started_on BETWEEN @from AND @to),
        svb AS ({Surveys(sql)}),
        agg AS (
            SELECT company_id, count(*) AS started,
                   count(*) FILTER (WHERE status = 'Completed') AS completed,
                   count(*) FILTER (WHERE ended_early) AS ended_early,
                   count(*) FILTER (WHERE ended_early AND ended_on < started_on + interval '3 months') AS first_three
            FROM pl GROUP BY company_id),
        pattern AS (
            SELECT DISTINCT company_id FROM (
                SELECT company_id, ended_on, lag(ended_on, {CompanyFlags.EarlyEndingsCount - 1}) OVER (PARTITION BY company_id ORDER BY ended_on) AS previous
                FROM pl WHERE ended_early AND ended_on IS NOT NULL) e
            WHERE ended_on - previous <= {CompanyFlags.EarlyEndingsWindowDays}),
        sv AS (SELECT company_id, count(*) AS responses, avg(score) AS average FROM svb GROUP BY company_id),
        rows AS (
            SELECT coalesce(agg.company_id, sv.company_id) AS company_id,
                   coalesce(c.name, '') AS name,
                   coalesce(agg.started, 0) AS started, coalesce(agg.completed, 0) AS completed,
                   coalesce(agg.ended_early, 0) AS ended_early, coalesce(agg.first_three, 0) AS first_three,
                   CASE WHEN coalesce(sv.responses, 0) >= {Privacy.Minimum} THEN sv.average END AS average,
                   coalesce(sv.responses, 0) AS responses,
                   pattern.company_id IS NOT NULL AS early_endings,
                   coalesce(sv.responses, 0) >= {Privacy.Minimum} AND (sv.average < {CompanyFlags.LowScoreBelow.ToString(CultureInfo.InvariantCulture)}
                       OR sv.average <= @programme_average - {CompanyFlags.LowScoreUnderProgramme.ToString(CultureInfo.InvariantCulture)}) AS low_scores
            FROM agg FULL JOIN sv ON sv.company_id = agg.company_id
            LEFT JOIN pattern ON pattern.company_id = coalesce(agg.company_id, sv.company_id)
            LEFT JOIN companies c ON c.id = coalesce(agg.company_id, sv.company_id)),
        counted AS (SELECT count(*) AS students FROM (SELECT student_id FROM pl UNION SELECT student_id FROM svb WHERE student_id IS NOT NULL) x)
        """;

    public static async Task<(double? Average, int Responses)> ProgrammeAverageAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        var (responses, average) = await sql.SingleAsync(
            $"SELECT count(*), avg(score) FROM ({Surveys(sql)}) q",
            reader => (reader.Int(0), reader.Double(1)),
            cancellationToken);
        return responses < Privacy.Minimum ? (null, responses) : (Math.Round(average!.Value, 2), responses);
    }

    public static async Task<CompaniesPage> RunAsync(
        DashboardSql sql, int page, int pageSize, int offset, bool flaggedOnly, string orderBy, CancellationToken cancellationToken)
    {
        var (average, responses) = await ProgrammeAverageAsync(sql, cancellationToken);
        var (rows, students, total) = await RowsAsync(sql, average, flaggedOnly, orderBy, pageSize, offset, cancellationToken);
        if (Privacy.Suppressed(students))
        {
            return new CompaniesPage(true, Privacy.Minimum, 0, page, pageSize, null, 0, []);
        }

        return new CompaniesPage(false, Privacy.Minimum, total, page, pageSize, average, responses, rows);
    }

    /// <summary>Every row in order (the CSV export), or one page of them.</summary>
    public static async Task<(List<CompanyRow> Rows, int Students, int Total)> RowsAsync(
        DashboardSql sql, double? programmeAverage, bool flaggedOnly, string orderBy, int? limit, int offset, CancellationToken cancellationToken)
    {
        var where = flaggedOnly ? "early_endings OR low_scores" : "TRUE";
        var parameter = new NpgsqlParameter("programme_average", NpgsqlDbType.Double) { Value = programmeAverage ?? (object)DBNull.Value };
        var rows = await sql.QueryAsync(
            $"""
            {Rows(sql)}
            SELECT company_id, name, started, completed, ended_early, first_three, average, responses, early_endings, low_scores,
                   count(*) OVER () AS total, (SELECT students FROM counted) AS students
            FROM rows WHERE {where}
            ORDER BY {orderBy}
            {(limit is null ? "" : $"LIMIT {limit.Value} OFFSET {offset}")}
            """,
            reader => (
                Row: new CompanyRow(
                    reader.GetGuid(0),
                    reader.GetString(1),
                    reader.Int(2),
                    reader.Int(3),
                    reader.Int(4),
                    reader.Int(5),
                    Privacy.Round(reader.Double(6), 2),
                    reader.Int(7),
                    reader.Int(7) < Privacy.Minimum,
                    [.. Flag(reader.GetBoolean(8), CompanyFlags.EarlyEndings), .. Flag(!reader.IsDBNull(9) && reader.GetBoolean(9), CompanyFlags.LowScores)]),
                Total: reader.Int(10),
                Students: reader.Int(11)),
            cancellationToken,
            parameter);
        if (rows.Count > 0)
        {
            return ([.. rows.Select(r => r.Row)], rows[0].Students, rows[0].Total);
        }

        // A page past the end (or nothing at all): the totals still count.
        var (students, total) = await sql.SingleAsync(
            $"{Rows(sql)} SELECT (SELECT students FROM counted), (SELECT count(*) FROM rows WHERE {where})",
            reader => (reader.Int(0), reader.Int(1)),
            cancellationToken,
            new NpgsqlParameter("programme_average", NpgsqlDbType.Double) { Value = programmeAverage ?? (object)DBNull.Value });
        return ([], students, total);
    }

    private static IEnumerable<string> Flag(bool on, string flag) => on ? [flag] : [];
}
