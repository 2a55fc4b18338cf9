using PartnershipHub.Contracts;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The progression section: one GROUP BY wish over the counted students and their plans' follow-up.</summary>
internal static class ProgressionQuery
{
    public static async Task<ProgressionReport> RunAsync(DashboardSql sql, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(
            $"""
            SELECT s.progression_wish, count(*),
                   count(*) FILTER (WHERE f.has_goal),
                   count(*) FILTER (WHERE f.goal_status = 'met'),
                   count(*) FILTER (WHERE s.level <= s.first_level AND s.status IN ('Active', 'Paused')),
                   count(*) FILTER (WHERE s.level <= s.first_level AND s.status = 'Graduated'),
                   count(*) FILTER (WHERE s.level > s.first_level),
                   count(*) FILTER (WHERE s.level <= s.first_level AND s.status = 'LeftEarly')
            FROM students s LEFT JOIN progression_follow_ups f ON f.student_id = s.id
            WHERE {sql.Population("s")} AND s.progression_wish IS NOT NULL
              AND coalesce(s.intake_date, s.enrolment_start) BETWEEN @from AND @to
            GROUP BY 1
            """,
            reader => (
                Wish: Enum.Parse<ProgressionWish>(reader.GetString(0)), Students: reader.Int(1), FollowedUp: reader.Int(2), GoalMet: reader.Int(3),
                Outcomes: new WishOutcomes(reader.Int(4), reader.Int(5), reader.Int(6), reader.Int(7))),
            cancellationToken);

        var students = rows.Sum(r => r.Students);
        if (Privacy.Suppressed(students))
        {
            return new ProgressionReport(true, Privacy.Minimum, null, []);
        }

        var wishes = rows.OrderBy(r => r.Wish)
            .Select(r => Privacy.Suppressed(r.Students)
                ? new WishFigures(Privacy.CamelCase(r.Wish.ToString()), null, null, null, null, true)
                : new WishFigures(Privacy.CamelCase(r.Wish.ToString()), r.Students, r.FollowedUp, r.GoalMet, r.Outcomes, false))
            .ToList();
        return new ProgressionReport(false, Privacy.Minimum, students, wishes);
    }
}
