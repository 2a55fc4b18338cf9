using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Internships.Features.Hours;

/// <summary>Enqueues hours events on the outbox; call before SaveChanges so they commit with the change.</summary>
public static class HoursEvents
{
    /// <summary>The week starting <paramref name="monday"/> approved, with its approved total as it now stands.</summary>
    /// <summary>A day logged, logged again or corrected: its week now waits for the trainer.</summary>
    public static void HoursLogged(this DbContext db, Placement placement, HoursEntry entry) =>
        db.EnqueueEvent(new HoursLogged(placement.Id, placement.StudentId, placement.CompanyId, entry.Date, entry.WeekStart, entry.Hours, entry.LoggedAt)
            { OccurredAt = entry.LoggedAt });

    /// <summary>The week starting <paramref name="monday"/> rejected (the trainer's reason stays here).</summary>
    public static void HoursRejected(this DbContext db, Placement placement, DateOnly monday, DateTimeOffset rejectedAt) =>
        db.EnqueueEvent(new HoursRejected(placement.Id, placement.StudentId, placement.CompanyId, monday, rejectedAt) { OccurredAt = rejectedAt });

    public static void HoursApproved(this DbContext db, Placement placement, DateOnly monday, decimal weekTotal) =>
        db.EnqueueEvent(new HoursApproved(placement.Id, placement.StudentId, placement.CompanyId, monday, weekTotal, placement.PlannedHours));
}
