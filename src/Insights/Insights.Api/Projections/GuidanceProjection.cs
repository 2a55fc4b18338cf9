using PartnershipHub.Contracts;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>Guidance's events into signals, assessments (with their levels) and the progression follow-up.</summary>
public sealed class GuidanceProjection(InsightsDbContext db)
{
    public async Task ApplyAsync(RiskSignalRaised e, CancellationToken cancellationToken)
    {
        (await Facts.SignalAsync(db, e.SignalId, e.StudentId, e.Rule, e.RaisedAt, cancellationToken))?.Apply(e);
    }

    public async Task ApplyAsync(RiskSignalAcknowledged e, CancellationToken cancellationToken)
    {
        (await Facts.SignalAsync(db, e.SignalId, e.StudentId, e.Rule, e.AcknowledgedAt, cancellationToken))?.Apply(e);
    }

    public async Task ApplyAsync(RiskSignalResolved e, CancellationToken cancellationToken)
    {
        (await Facts.SignalAsync(db, e.SignalId, e.StudentId, e.Rule, e.ResolvedAt, cancellationToken))?.Apply(e);
    }

    /// <summary>
    /// A submitted assessment is final: a second event about it (a re-publication) adds nothing. The student's share of the
    /// quarterly roll-up is taken out before and put back after, and their summary recomputed.
    /// </summary>
    public async Task ApplyAsync(AttitudeAssessmentSubmitted e, CancellationToken cancellationToken)
    {
        if (await db.Assessments.FindAsync([e.AssessmentId], cancellationToken) is null
            && !await Facts.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
            if (student is not null)
            {
                await AssessmentSummaries.ShiftStudentAsync(db, student.Id, student.Crebo, student.Cohort, -1, cancellationToken);
            }

            db.Assessments.Add(AssessmentFacts.From(e));
            await db.SaveChangesAsync(cancellationToken);
            if (student is not null)
            {
                await AssessmentSummaries.ShiftStudentAsync(db, student.Id, student.Crebo, student.Cohort, 1, cancellationToken);
            }

            await AssessmentSummaries.RefreshStudentAsync(db, e.StudentId, cancellationToken);
        }
    }

    public async Task ApplyAsync(PlanUpdated e, CancellationToken cancellationToken)
    {
        if (e.Goals is not null)
        {
            (await Facts.FollowUpAsync(db, e.StudentId, cancellationToken))?.Apply(e);
        }
    }
}
