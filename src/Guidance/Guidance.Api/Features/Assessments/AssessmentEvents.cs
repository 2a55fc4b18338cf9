using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Assessments;

/// <summary>Enqueues assessment events on the outbox (call before SaveChanges): criterion keys and levels, never ratings' evidence.</summary>
public static class AssessmentEvents
{
    /// <summary>The roles whose judgements are set beside each other (a peer's is feedback among students, not a judgement).</summary>
    private static readonly AssessorRole[] Compared = [AssessorRole.Trainer, AssessorRole.Self, AssessorRole.Mentor, AssessorRole.Teacher];

    /// <summary>
    /// Call after <see cref="Assessment.Submit"/> and before SaveChanges. Discrepant criteria are those two levels or more
    /// apart from the latest counting assessment of each other compared role (school vs workplace, trainer vs self)
    /// submitted before it: the demo seed, which saves a student's history at once, calls it in submission order too.
    /// </summary>
    public static async Task AttitudeAssessmentSubmittedAsync(this GuidanceDbContext db, Assessment submitted, CancellationToken cancellationToken)
    {
        var others = new List<Assessment>();
        if (Compared.Contains(submitted.Role))
        {
            foreach (var role in Compared.Where(r => r != submitted.Role))
            {
                var latest = await db.Assessments.Counting()
                    .Where(a => a.StudentId == submitted.StudentId && a.Role == role && a.Id != submitted.Id && a.SubmittedAt <= submitted.SubmittedAt)
                    .OrderByDescending(a => a.SubmittedAt)
                    .FirstOrDefaultAsync(cancellationToken);
                if (latest is not null)
                {
                    others.Add(latest);
                }
            }
        }

        var submittedAt = submitted.SubmittedAt!.Value;
        db.EnqueueEvent(new AttitudeAssessmentSubmitted(
            submitted.Id,
            submitted.StudentId,
            submitted.PlacementId,
            ProgressCalculator.RoleName(submitted.Role),
            JsonNamingPolicy.CamelCase.ConvertName(submitted.Kind.ToString()),
            submittedAt,
            [.. submitted.Ratings.Where(r => r.Level == AttitudeLevel.NeedsAttention).Select(r => r.CriterionKey)],
            DiscrepantCriteria(submitted, others),
            AssessorStaffId(submitted),
            Levels(submitted)) { OccurredAt = submittedAt });
    }

    /// <summary>Every rated criterion's level (1–4), in rating order; "not observed" is no level and is left out.</summary>
    public static List<CriterionLevel> Levels(Assessment submitted) =>
        [.. submitted.Ratings.Where(r => r.Level != AttitudeLevel.NotObserved).Select(r => new CriterionLevel(r.CriterionKey, (int)r.Level))];

    /// <summary>Criteria of <paramref name="submitted"/> two levels or more apart from any of <paramref name="others"/>, in rating order.</summary>
    public static List<string> DiscrepantCriteria(Assessment submitted, IEnumerable<Assessment> others)
    {
        var apart = others.SelectMany(other => SignalRules.CriteriaApart(submitted, other)).ToHashSet();
        return [.. submitted.Ratings.Select(r => r.CriterionKey).Where(apart.Contains)];
    }

    // Teachers and mentors assess with their staff id; a student's or a trainer's id is not a staff member's.
    private static Guid? AssessorStaffId(Assessment a) =>
        a.Role is AssessorRole.Teacher or AssessorRole.Mentor && Guid.TryParse(a.AssessorId, out var staffId) ? staffId : null;
}
