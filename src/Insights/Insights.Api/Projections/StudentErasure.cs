using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// A student's erasure: every fact about them goes (student, placements, signals, assessments with their levels, the
/// progression follow-up, their own surveys), the trainer's survey of their placement stays without them (its scores are
/// the company's), and a tombstone keeps a late event from bringing them back into any aggregate.
/// </summary>
public sealed class StudentErasure(InsightsDbContext db)
{
    public async Task EraseAsync(Guid studentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await AssessmentSummaries.RemoveStudentAsync(db, studentId, cancellationToken);
        await db.AssessmentLevels.Where(l => l.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Assessments.Where(a => a.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Signals.Where(s => s.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.ProgressionFollowUps.Where(f => f.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Surveys.Where(s => s.StudentId == studentId && s.Respondent == SurveyRespondent.Student).ExecuteDeleteAsync(cancellationToken);
        await db.Surveys.Where(s => s.StudentId == studentId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.StudentId, (Guid?)null), cancellationToken);
        await db.Placements.Where(p => p.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        await db.Students.Where(s => s.Id == studentId).ExecuteDeleteAsync(cancellationToken);
        if (!await Facts.IsErasedAsync(db, studentId, cancellationToken))
        {
            db.ErasedStudents.Add(new ErasedStudent { Id = studentId, ErasedAt = at });
        }
    }
}
