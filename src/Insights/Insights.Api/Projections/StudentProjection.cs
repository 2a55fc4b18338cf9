using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>Students' events into <see cref="StudentFact"/>; an erased student's events are ignored.</summary>
public sealed class StudentProjection(InsightsDbContext db)
{
    public Task ApplyAsync(StudentEnrolled e, CancellationToken cancellationToken) => ApplyAsync(e.StudentId, s => s.Apply(e), cancellationToken);

    public Task ApplyAsync(StudentUpdated e, CancellationToken cancellationToken) => ApplyAsync(e.StudentId, s => s.Apply(e), cancellationToken);

    public Task ApplyAsync(EnrolmentChanged e, CancellationToken cancellationToken) => ApplyAsync(e.StudentId, s => s.Apply(e), cancellationToken);

    public Task ApplyAsync(MentorAssigned e, CancellationToken cancellationToken) => ApplyAsync(e.StudentId, s => s.Apply(e), cancellationToken);

    public Task ApplyAsync(StudentStatusChanged e, CancellationToken cancellationToken) => ApplyAsync(e.StudentId, s => s.Apply(e), cancellationToken);

    public Task ApplyAsync(IntakeCompleted e, CancellationToken cancellationToken) => ApplyAsync(e.StudentId, s => s.Apply(e), cancellationToken);

    private async Task ApplyAsync(Guid studentId, Action<StudentFact> apply, CancellationToken cancellationToken)
    {
        if (await Facts.StudentAsync(db, studentId, cancellationToken) is { } student)
        {
            var started = db.Entry(student).State == EntityState.Added;
            var (crebo, cohort) = (student.Crebo, student.Cohort);
            apply(student);
            if (started || crebo != student.Crebo || cohort != student.Cohort)
            {
                // The student's assessment levels count under their programme and cohort: move that share with them.
                if (!started)
                {
                    await AssessmentSummaries.ShiftStudentAsync(db, studentId, crebo, cohort, -1, cancellationToken);
                }

                await AssessmentSummaries.ShiftStudentAsync(db, studentId, student.Crebo, student.Cohort, 1, cancellationToken);
            }
        }
    }
}
