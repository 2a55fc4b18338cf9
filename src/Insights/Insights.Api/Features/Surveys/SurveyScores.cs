using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// Averages of answered student surveys per question, computed in the database (a programme can hold tens of thousands
/// of answers). Scores are stored in question order, so the array position is the question; a survey answered before a
/// question was added simply has no score for it.
/// </summary>
public static class SurveyScores
{
    /// <summary>Under this many answered surveys no average or comment is shown.</summary>
    public const int Minimum = 5;

    public sealed record PositionAverage(int Position, double Average);

    /// <summary>The company's students' averages by question key, for placements that ended from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, double>> OfCompanyAsync(
        InsightsDbContext db, Guid companyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<PositionAverage>($"""
            SELECT u.position::int AS position, avg(u.score)::double precision AS average
            FROM surveys s, unnest(s.scores) WITH ORDINALITY AS u(score, position)
            WHERE s.company_id = {companyId} AND s.respondent = 'Student' AND s.answered_at IS NOT NULL
              AND s.placement_ended_on >= {from} AND s.placement_ended_on <= {to}
            GROUP BY u.position
            """).ToListAsync(cancellationToken);
        return ByKey(rows);
    }

    /// <summary>Every company's students' averages in the given programmes (crebos), over the same range.</summary>
    public static async Task<(int Responses, IReadOnlyDictionary<string, double> Averages)> OfProgrammesAsync(
        InsightsDbContext db, IReadOnlyList<string> crebos, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (crebos.Count == 0)
        {
            return (0, new Dictionary<string, double>());
        }

        var programmes = crebos.ToArray();
        var responses = await AnsweredByStudents(db, from, to).CountAsync(s => programmes.Contains(s.Crebo), cancellationToken);
        var rows = await db.Database.SqlQuery<PositionAverage>($"""
            SELECT u.position::int AS position, avg(u.score)::double precision AS average
            FROM surveys s, unnest(s.scores) WITH ORDINALITY AS u(score, position)
            WHERE s.crebo = ANY({programmes}) AND s.respondent = 'Student' AND s.answered_at IS NOT NULL
              AND s.placement_ended_on >= {from} AND s.placement_ended_on <= {to}
            GROUP BY u.position
            """).ToListAsync(cancellationToken);
        return (responses, ByKey(rows));
    }

    /// <summary>Answered student surveys of placements that ended in the range.</summary>
    public static IQueryable<Survey> AnsweredByStudents(InsightsDbContext db, DateOnly from, DateOnly to) =>
        db.Surveys.Where(s => s.Respondent == SurveyRespondent.Student && s.AnsweredAt != null
            && s.PlacementEndedOn >= from && s.PlacementEndedOn <= to);

    private static Dictionary<string, double> ByKey(IEnumerable<PositionAverage> rows)
    {
        var questions = SurveyQuestions.Student;
        return rows
            .Where(r => r.Position >= 1 && r.Position <= questions.Count)
            .ToDictionary(r => questions[r.Position - 1], r => Math.Round(r.Average, 2, MidpointRounding.AwayFromZero), StringComparer.Ordinal);
    }
}
