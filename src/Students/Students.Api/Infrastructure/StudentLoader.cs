using Microsoft.EntityFrameworkCore;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure;

internal static class StudentLoader
{
    /// <summary>One student with its full enrolment and mentor history (a handful of rows each).</summary>
    public static Task<Student?> FindStudentAsync(this StudentsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Students
            .Include(s => s.Enrolments)
            .Include(s => s.MentorAssignments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
}
