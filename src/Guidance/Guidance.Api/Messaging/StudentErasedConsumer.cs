using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>
/// Erases everything Guidance holds about the student (copies, assessments, plan, reviews, signals, help requests, workplace concerns, absence) and keeps only a
/// tombstone, so a late or redelivered event about the student cannot bring personal data back.
/// </summary>
public sealed class StudentErasedConsumer(GuidanceDbContext db, TimeProvider clock) : IConsumer<StudentErased>
{
    public async Task Consume(ConsumeContext<StudentErased> context)
    {
        var id = context.Message.StudentId;
        var cancellationToken = context.CancellationToken;
        // The tombstone first (same transaction): it is what lets the database guard delete submitted assessments.
        var copy = await StudentCopies.FindOrAddAsync(db, id, cancellationToken);
        copy.Erase(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        await db.Assessments.Where(a => a.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Plans.Where(p => p.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.PlanRevisions.Where(p => p.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Reviews.Where(r => r.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Signals.Where(s => s.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Assignments.Where(a => a.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ApprovedWeeks.Where(w => w.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Contacts.Where(c => c.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Placements.Where(p => p.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ProgressDocuments.Where(d => d.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.StudentTeachers.Where(l => l.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        // The access log of private help requests stays: ids only, as Students keeps its care-note access log.
        await db.HelpRequests.Where(r => r.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.WorkplaceConcerns.Where(c => c.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.SchoolAbsences.Where(a => a.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.WorkplaceAbsences.Where(a => a.StudentId == id).ExecuteDeleteAsync(cancellationToken);
    }
}
