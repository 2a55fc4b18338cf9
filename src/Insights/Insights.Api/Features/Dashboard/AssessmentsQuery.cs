using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The assessments section: quarterly averages per criterion and the discrepancy count, grouped in the database.</summary>
internal static class AssessmentsQuery
{
    private const string School = AssessmentSummaries.SchoolRoles;

    public static async Task<AssessmentsReport> RunAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        // The summaries hold each student's latest levels: they answer exactly when the range ends after every assessment
        // (the usual "up to today"); a range that ends earlier is counted from the levels themselves.
        var last = await sql.SingleAsync("SELECT max(submitted_at) FROM assessments", reader => reader.IsDBNull(0) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(0), cancellationToken);
        var rows = last is null || last < sql.Filter.EndExclusive ? await FromSummariesAsync(sql, cancellationToken) : await FromLevelsAsync(sql, cancellationToken);
        return Report(rows);
    }

    /// <summary>
    /// Whole quarters from <c>assessment_quarters</c>; the part of a quarter before the range's start from the levels
    /// (a short stretch); assessed and discrepant students from <c>assessment_summaries</c>.
    /// </summary>
    private static Task<List<Row>> FromSummariesAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        var start = sql.Filter.From;
        var firstQuarter = new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1);
        if (firstQuarter < start)
        {
            firstQuarter = firstQuarter.AddMonths(3);
        }

        var whole = new NpgsqlParameter<DateOnly>("first_quarter", NpgsqlDbType.Date) { TypedValue = firstQuarter };
        var wholeAt = new NpgsqlParameter<DateTimeOffset>("first_quarter_at", NpgsqlDbType.TimestampTz) { TypedValue = new DateTimeOffset(firstQuarter.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) };
        return sql.QueryAsync(
            $"""
            WITH points AS (
                SELECT q.criterion_key, q.quarter, sum(q.levels) AS n, sum(q.level_sum) AS total, sum(q.school_levels) AS school_n, sum(q.school_sum) AS school_total,
                       sum(q.workplace_levels) AS work_n, sum(q.workplace_sum) AS work_total, sum(q.students) AS students
                FROM assessment_quarters q
                WHERE {sql.Population("q")} AND q.quarter >= @first_quarter AND q.quarter <= @to
                GROUP BY 1, 2
                UNION ALL
                SELECT l.criterion_key, {string.Format(AssessmentSummaries.QuarterOf, "l.submitted_at")}, count(*), sum(l.level),
                       count(*) FILTER (WHERE l.assessor_role IN {AssessmentSummaries.SchoolRoles}), sum(l.level) FILTER (WHERE l.assessor_role IN {AssessmentSummaries.SchoolRoles}),
                       count(*) FILTER (WHERE l.assessor_role = {AssessmentSummaries.WorkplaceRole}), sum(l.level) FILTER (WHERE l.assessor_role = {AssessmentSummaries.WorkplaceRole}),
                       count(DISTINCT l.student_id)
                FROM assessment_levels l JOIN students s ON s.id = l.student_id
                WHERE {sql.Population("s")} AND l.submitted_at >= @start_at AND l.submitted_at < least(@end_at, @first_quarter_at)
                GROUP BY 1, 2)
            SELECT 'point', criterion_key, to_char(quarter, 'YYYY-"Q"Q'), total::numeric / n, n,
                   school_total::numeric / nullif(school_n, 0), work_total::numeric / nullif(work_n, 0), students
            FROM points WHERE n > 0
            UNION ALL
            SELECT kind, NULL, NULL, NULL, NULL, NULL, NULL, n
            FROM (SELECT count(*) FILTER (WHERE a.last_assessed_at >= @start_at) AS assessed, count(*) FILTER (WHERE a.discrepancy_at >= @start_at) AS discrepancy
                  FROM assessment_summaries a JOIN students s ON s.id = a.student_id WHERE {sql.Population("s")}) counted,
                 LATERAL (VALUES ('assessed', counted.assessed), ('discrepancy', counted.discrepancy)) v(kind, n)
            """,
            Read,
            cancellationToken,
            whole,
            wholeAt);
    }

    private static Task<List<Row>> FromLevelsAsync(DashboardSql sql, CancellationToken cancellationToken) =>
        sql.QueryAsync(
            $"""
            WITH lv AS (
                SELECT l.student_id, l.criterion_key, l.level, l.submitted_at, l.assessor_role
                FROM assessment_levels l JOIN students s ON s.id = l.student_id
                WHERE {sql.Population("s")} AND l.submitted_at >= @start_at AND l.submitted_at < @end_at),
            latest AS (
                SELECT DISTINCT ON (student_id, criterion_key, side) student_id, criterion_key, side, level
                FROM (SELECT lv.*, CASE WHEN assessor_role IN {School} THEN 'school' WHEN assessor_role = 'trainer' THEN 'workplace' END AS side FROM lv) sided
                WHERE side IS NOT NULL
                ORDER BY student_id, criterion_key, side, submitted_at DESC)
            SELECT 'point', criterion_key, to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q'), avg(level), count(*),
                   avg(level) FILTER (WHERE assessor_role IN {School}), avg(level) FILTER (WHERE assessor_role = 'trainer'), count(DISTINCT student_id)
            FROM lv GROUP BY 2, 3
            UNION ALL
            SELECT 'assessed', NULL, NULL, NULL, NULL, NULL, NULL, count(DISTINCT a.student_id)
            FROM assessments a JOIN students s ON s.id = a.student_id
            WHERE {sql.Population("s")} AND a.submitted_at >= @start_at AND a.submitted_at < @end_at
            UNION ALL
            SELECT 'discrepancy', NULL, NULL, NULL, NULL, NULL, NULL, count(DISTINCT student_id)
            FROM (
                SELECT student_id, max(level) FILTER (WHERE side = 'school') AS school, max(level) FILTER (WHERE side = 'workplace') AS work
                FROM latest GROUP BY student_id, criterion_key) sides
            WHERE abs(school - work) >= 2
            """,
            Read,
            cancellationToken);

    private static Row Read(System.Data.Common.DbDataReader reader) =>
        new(reader.GetString(0), reader.Text(1), reader.Text(2), reader.Double(3), reader.Int(4), reader.Double(5), reader.Double(6), reader.Int(7));

    private static AssessmentsReport Report(List<Row> rows)
    {
        var assessed = rows.Single(r => r.Kind == "assessed").Students;
        if (Privacy.Suppressed(assessed))
        {
            return new AssessmentsReport(true, Privacy.Minimum, null, null, null, []);
        }

        var discrepancy = rows.Single(r => r.Kind == "discrepancy").Students;
        var criteria = rows.Where(r => r.Kind == "point")
            .GroupBy(r => r.Criterion!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CriterionTrend(g.Key, [.. g.OrderBy(r => r.Quarter, StringComparer.Ordinal).Select(r => Privacy.Suppressed(r.Students)
                ? new QuarterPoint(r.Quarter!, null, null, null, null, true)
                : new QuarterPoint(r.Quarter!, Privacy.Round(r.Average, 2), r.Assessments, Privacy.Round(r.School, 2), Privacy.Round(r.Workplace, 2), false))]))
            .ToList();
        return new AssessmentsReport(false, Privacy.Minimum, assessed, discrepancy, Privacy.Share(discrepancy, assessed), criteria);
    }

    private sealed record Row(string Kind, string? Criterion, string? Quarter, double? Average, int Assessments, double? School, double? Workplace, int Students);
}
