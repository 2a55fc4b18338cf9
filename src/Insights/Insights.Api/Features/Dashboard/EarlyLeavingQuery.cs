namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The early-leaving section, in one round trip: each figure is a labelled row of one UNION ALL.</summary>
internal static class EarlyLeavingQuery
{
    /// <summary>Whole months from <c>a</c> to <c>b</c> (0 = within the first month).</summary>
    private const string MonthsBetween = "greatest(0, (date_part('year', age({1}, {0})) * 12 + date_part('month', age({1}, {0}))))::int::text";

    public static async Task<EarlyLeavingReport> RunAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(
            $"""
            WITH pop AS (
                SELECT s.id, s.enrolment_start, s.left_on, s.status, s.leaving_reason FROM students s WHERE {sql.Population("s")}),
            pl AS (
                SELECT p.student_id, p.started_on, p.ended_on, p.ended_early, p.end_reason
                FROM placements p JOIN pop ON pop.id = p.student_id
                WHERE p.started_on BETWEEN @from AND @to),
            en AS (
                SELECT * FROM pop WHERE enrolment_start <= @to AND (left_on IS NULL OR left_on >= @from))
            SELECT 'students', NULL, (SELECT count(*) FROM (SELECT id FROM en UNION SELECT student_id FROM pl) counted)
            UNION ALL SELECT 'started', NULL, count(*) FROM pl
            UNION ALL SELECT 'placementMonth', {string.Format(MonthsBetween, "started_on", "ended_on")}, count(*) FROM pl WHERE ended_early AND ended_on IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'placementReason', coalesce(end_reason, 'Other'), count(*) FROM pl WHERE ended_early GROUP BY 2
            UNION ALL SELECT 'enrolled', NULL, count(*) FROM en
            UNION ALL SELECT 'enrolmentMonth', {string.Format(MonthsBetween, "enrolment_start", "left_on")}, count(*) FROM en
                WHERE status = 'LeftEarly' AND left_on BETWEEN @from AND @to GROUP BY 2
            UNION ALL SELECT 'enrolmentReason', coalesce(leaving_reason, 'Other'), count(*) FROM en
                WHERE status = 'LeftEarly' AND left_on BETWEEN @from AND @to GROUP BY 2
            """,
            reader => (Kind: reader.GetString(0), Key: reader.Text(1), Count: reader.Int(2)),
            cancellationToken);

        int Total(string kind) => rows.Where(r => r.Kind == kind).Sum(r => r.Count);
        IEnumerable<(int, int)> Months(string kind) => rows.Where(r => r.Kind == kind).Select(r => (int.Parse(r.Key!, System.Globalization.CultureInfo.InvariantCulture), r.Count));
        IEnumerable<(string, int)> Reasons(string kind) => rows.Where(r => r.Kind == kind).Select(r => (Privacy.CamelCase(r.Key!), r.Count));

        var students = Total("students");
        if (Privacy.Suppressed(students))
        {
            return new EarlyLeavingReport(true, Privacy.Minimum, null, null, null);
        }

        return new EarlyLeavingReport(
            false,
            Privacy.Minimum,
            students,
            new PlacementLeaving(Total("started"), Total("placementReason"), Privacy.Months(Months("placementMonth")), Privacy.Reasons(Reasons("placementReason"))),
            new EnrolmentLeaving(Total("enrolled"), Total("enrolmentReason"), Privacy.Months(Months("enrolmentMonth")), Privacy.Reasons(Reasons("enrolmentReason"))));
    }
}
