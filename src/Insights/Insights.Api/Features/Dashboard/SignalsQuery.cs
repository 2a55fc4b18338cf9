namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The signals section in one statement: rules under the minimum are merged into "other" by the database.</summary>
internal static class SignalsQuery
{
    public static async Task<SignalsReport> RunAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(
            $"""
            WITH sg AS (
                SELECT g.student_id, g.rule, g.urgent, g.resolved_at IS NOT NULL AS resolved,
                       extract(epoch FROM least(g.acknowledged_at, g.resolved_at) - g.raised_at) / 3600.0 AS hours
                FROM signals g JOIN students s ON s.id = g.student_id
                WHERE {sql.Population("s")} AND g.raised_at >= @start_at AND g.raised_at < @end_at),
            counts AS (SELECT rule, count(*) AS n FROM sg GROUP BY rule)
            SELECT 'rule', CASE WHEN counts.n < {Privacy.Minimum} THEN '{Privacy.Other}' ELSE sg.rule END, count(*),
                   count(*) FILTER (WHERE urgent), count(*) FILTER (WHERE resolved),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY hours), 0
            FROM sg JOIN counts ON counts.rule = sg.rule GROUP BY 2
            UNION ALL
            SELECT 'total', NULL, count(*), count(*) FILTER (WHERE urgent), count(*) FILTER (WHERE resolved),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY hours), count(DISTINCT student_id)
            FROM sg
            """,
            reader => (Kind: reader.GetString(0), Rule: reader.Text(1), Count: reader.Int(2), Urgent: reader.Int(3), Resolved: reader.Int(4), Median: reader.Double(5), Students: reader.Int(6)),
            cancellationToken);

        var total = rows.Single(r => r.Kind == "total");
        if (Privacy.Suppressed(total.Students))
        {
            return new SignalsReport(true, Privacy.Minimum, null, null, null, null, []);
        }

        var byRule = rows.Where(r => r.Kind == "rule")
            .Select(r => r.Count < Privacy.Minimum
                ? new RuleFigures(r.Rule!, null, null, null, null, true)
                : new RuleFigures(r.Rule!, r.Count, r.Urgent, Privacy.Share(r.Resolved, r.Count), Privacy.Round(r.Median, 1), false))
            .OrderBy(r => r.Rule == Privacy.Other).ThenByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();
        return new SignalsReport(
            false, Privacy.Minimum, total.Students, total.Count, Privacy.Share(total.Resolved, total.Count), Privacy.Round(total.Median, 1), byRule);
    }
}
