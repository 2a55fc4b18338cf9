using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Progress;

public static class CaseloadApi
{
    /// <summary>Rules whose open signal makes a student red on their own; so does any signal raised as urgent (<see cref="Domain.Signal.Urgent"/>).</summary>
    public static readonly SignalRule[] UrgentRules =
        [SignalRule.EarlyLeavingWatch, SignalRule.PlacementEndedEarly, SignalRule.RepeatedNeedsAttention, SignalRule.ReviewOverdue];

    /// <summary>As stored (enum names, see SignalConfiguration).</summary>
    private static readonly string[] UrgentRuleNames = [.. UrgentRules.Select(r => r.ToString())];

    public static IEndpointRouteBuilder MapCaseloadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/mentors/me/students", GetAsync).WithTags("Progress").RequireAuthorization(Policies.Mentor);
        return app;
    }

    /// <summary>
    /// One statement through Npgsql (no DbContext on this hot read): a line per mentee with its signal counts, next
    /// review and current placement; sorted by urgency here. "Has a plan" is a scalar subquery, not EXISTS: PostgreSQL
    /// may turn an EXISTS into a hashed subplan that reads every plan in the school for each call (seen on a freshly
    /// loaded database, where it doubled the cost of the whole request).
    /// </summary>
    private static async Task<Ok<List<CaseloadLine>>> GetAsync(ClaimsPrincipal user, NpgsqlDataSource database, TimeProvider clock)
    {
        var mentor = user.StaffId();
        var now = clock.GetUtcNow();
        await using var command = database.CreateCommand(
            """
            SELECT s.id, s.first_name, s.last_name, s.student_number, s.cohort, s.status,
                   (SELECT count(*)::int FROM signals x WHERE x.student_id = s.id AND x.status <> 'Resolved'),
                   (SELECT count(*)::int FROM signals x WHERE x.student_id = s.id AND x.status <> 'Resolved' AND (x.urgent OR x.rule = ANY ($2))),
                   (SELECT min(r.scheduled_at) FROM reviews r WHERE r.student_id = s.id AND r.status = 'Scheduled'),
                   (SELECT true FROM plans p WHERE p.student_id = s.id) IS NOT NULL,
                   (SELECT p.company_name FROM placement_copies p WHERE p.student_id = s.id AND p.status = 'Active' LIMIT 1),
                   (SELECT count(*)::int FROM help_requests h WHERE h.student_id = s.id AND h.status = 'Open'),
                   (SELECT count(*)::int FROM workplace_concerns c WHERE c.student_id = s.id AND c.status = 'Open'),
                   (SELECT true FROM workplace_concerns c WHERE c.student_id = s.id AND c.status = 'Open'
                        AND (c.urgency = 'Urgent' OR c.kind IN ('Safety', 'Incident')) LIMIT 1) IS NOT NULL
            FROM student_copies s
            WHERE s.mentor_staff_id = $1 AND s.erased_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)mentor ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = UrgentRuleNames });
        var rows = new List<CaseloadRow>();
        // Not cancelled with the request, as for the progress read: a cancel that does not complete in time breaks the pooled connection.
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
        {
            while (await reader.ReadAsync(CancellationToken.None))
            {
                rows.Add(new CaseloadRow(
                    reader.GetGuid(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    Enum.Parse<StudentStatus>(reader.GetString(5)),
                    reader.GetInt32(6),
                    reader.GetInt32(7),
                    reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                    reader.GetBoolean(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.GetInt32(11),
                    reader.GetInt32(12),
                    reader.GetBoolean(13)));
            }
        }

        var lines = rows.Select(row =>
        {
            var reasons = new List<string>();
            var overdue = row.NextReview < now;
            if (row.Urgent > 0)
            {
                reasons.Add("urgent-signal");
            }

            // An urgent workplace concern the school has not answered yet: the mentor acts today.
            if (row.UrgentConcern)
            {
                reasons.Add("urgent-concern");
            }

            if (row.Open >= 3)
            {
                reasons.Add("many-signals");
            }

            if (row.NextReview < now.AddDays(-7))
            {
                reasons.Add("review-overdue");
            }

            var red = reasons.Count > 0;
            if (row.Open > 0 && !red)
            {
                reasons.Add("open-signal");
            }

            if (!row.HasPlan)
            {
                reasons.Add("no-plan");
            }

            if (row.NextReview is null)
            {
                reasons.Add("no-review-planned");
            }

            var light = red ? TrafficLight.Red : reasons.Count > 0 ? TrafficLight.Orange : TrafficLight.Green;
            return new CaseloadLine(row.Id, $"{row.FirstName} {row.LastName}".Trim(), row.StudentNumber, row.Cohort, row.Status, light, reasons, row.Open, row.NextReview, overdue, row.Company, row.OpenHelpRequests, row.OpenConcerns, row.UrgentConcern);
        })
        .OrderBy(l => l.TrafficLight)
        .ThenByDescending(l => l.OpenSignals)
        .ThenBy(l => l.NextReview ?? DateTimeOffset.MaxValue)
        .ThenBy(l => l.Name, StringComparer.CurrentCulture)
        .ToList();
        return TypedResults.Ok(lines);
    }

    private sealed record CaseloadRow(
        Guid Id, string? FirstName, string? LastName, string? StudentNumber, string? Cohort, StudentStatus Status,
        int Open, int Urgent, DateTimeOffset? NextReview, bool HasPlan, string? Company, int OpenHelpRequests, int OpenConcerns, bool UrgentConcern);
}
