using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// The student's timeline in one statement: what Guidance holds about the student from every side (assessments,
/// signals, reviews, the placement's start and end, help requests, workplace concerns, absence per week), newest first.
/// Runs inside the projector's transaction; assignments and contacts keep their own sections of the view.
/// </summary>
public static class TimelineQuery
{
    public const int MaxItems = 40;

    /// <summary>Weeks of absence shown (older weeks stay on the absence page).</summary>
    public const int AbsenceWeeks = 12;

    private const string Sql = """
        SELECT at, kind, subject, label, urgent, private, hours, authorised_hours, id FROM (
            SELECT a.submitted_at AS at, 'assessmentSubmitted' AS kind, a.role::text AS subject, NULL::text AS label, false AS urgent, false AS private,
                   NULL::numeric AS hours, NULL::numeric AS authorised_hours, a.id AS id
              FROM assessments a
             WHERE a.student_id = @student AND a.status = 'Submitted' AND a.submitted_at IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM assessments c WHERE c.supersedes_id = a.id AND c.status = 'Submitted')
            UNION ALL
            SELECT s.raised_at, 'signalRaised', s.rule, NULL, s.urgent, false, NULL, NULL, s.id FROM signals s WHERE s.student_id = @student
            UNION ALL
            SELECT s.resolved_at, 'signalResolved', s.rule, NULL, false, false, NULL, NULL, s.id FROM signals s
             WHERE s.student_id = @student AND s.resolved_at IS NOT NULL
            UNION ALL
            SELECT r.held_at, 'reviewHeld', NULL, NULL, false, false, NULL, NULL, r.id FROM reviews r WHERE r.student_id = @student AND r.held_at IS NOT NULL
            UNION ALL
            SELECT p.started_on::timestamp AT TIME ZONE 'UTC', 'placementStarted', NULL, p.company_name, false, false, NULL, NULL, p.id
              FROM placement_copies p WHERE p.student_id = @student AND p.started_on IS NOT NULL
            UNION ALL
            SELECT p.ended_on::timestamp AT TIME ZONE 'UTC', 'placementEnded', CASE WHEN p.ended_early THEN 'EndedEarly' ELSE 'Completed' END,
                   p.company_name, p.ended_early, false, NULL, NULL, p.id
              FROM placement_copies p WHERE p.student_id = @student AND p.ended_on IS NOT NULL
            UNION ALL
            SELECT h.asked_at, 'helpRequestAsked', CASE WHEN h.private THEN NULL ELSE h.topic END, NULL, false, h.private, NULL, NULL, h.id
              FROM help_requests h WHERE h.student_id = @student
            UNION ALL
            SELECT h.first_answered_at, 'helpRequestAnswered', CASE WHEN h.private THEN NULL ELSE h.topic END, NULL, false, h.private, NULL, NULL, h.id
              FROM help_requests h WHERE h.student_id = @student AND h.first_answered_at IS NOT NULL
            UNION ALL
            SELECT h.closed_at, 'helpRequestClosed', CASE WHEN h.private THEN NULL ELSE h.topic END, NULL, false, h.private, NULL, NULL, h.id
              FROM help_requests h WHERE h.student_id = @student AND h.closed_at IS NOT NULL
            UNION ALL
            SELECT c.raised_at, 'concernRaised', c.kind, c.company_name, c.urgency = 'Urgent' OR c.kind IN ('Safety', 'Incident'), false, NULL, NULL, c.id
              FROM workplace_concerns c WHERE c.student_id = @student
            UNION ALL
            SELECT c.answered_at, 'concernAnswered', c.kind, c.company_name, false, false, NULL, NULL, c.id
              FROM workplace_concerns c WHERE c.student_id = @student AND c.answered_at IS NOT NULL
            UNION ALL
            SELECT w.week::timestamp AT TIME ZONE 'UTC', 'absenceWeek', NULL, NULL, false, false,
                   sum(w.hours) FILTER (WHERE NOT w.authorised), sum(w.hours) FILTER (WHERE w.authorised), NULL::uuid
              FROM (SELECT date_trunc('week', s.date)::date AS week, s.hours, s.authorised FROM school_absences s
                     WHERE s.student_id = @student AND s.date >= @absence_from
                    UNION ALL
                    SELECT date_trunc('week', w.date)::date, w.hours, w.authorised FROM workplace_absences w
                     WHERE w.student_id = @student AND w.date >= @absence_from) w
             GROUP BY w.week
        ) items
        ORDER BY at DESC, kind, id
        LIMIT @max
        """;

    public static async Task<List<TimelineItem>> LoadAsync(GuidanceDbContext db, Guid studentId, DateOnly today, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(Sql, connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.AddWithValue("student", studentId);
        command.Parameters.AddWithValue("absence_from", today.AddDays(-7 * AbsenceWeeks));
        command.Parameters.AddWithValue("max", MaxItems);
        var items = new List<TimelineItem>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new TimelineItem(
                reader.GetFieldValue<DateTimeOffset>(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : JsonNamingPolicy.CamelCase.ConvertName(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetBoolean(4),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetDecimal(6),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8)));
        }

        return items;
    }
}
