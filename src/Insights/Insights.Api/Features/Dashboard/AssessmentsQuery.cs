namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The assessments section: quarterly averages per criterion and the discrepancy count, grouped in the database.</summary>
internal static class AssessmentsQuery
{
    private const string School = "('teacher', 'mentor')";

    public static async Task<AssessmentsReport> RunAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(
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
            reader => (
                Kind: reader.GetString(0), Criterion: reader.Text(1), Quarter: reader.Text(2), Average: reader.Double(3), Assessments: reader.Int(4),
                School: reader.Double(5), Workplace: reader.Double(6), Students: reader.Int(7)),
            cancellationToken);

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
}
