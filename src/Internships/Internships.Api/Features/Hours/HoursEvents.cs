using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Internships.Features.Hours;

/// <summary>Enqueues hours events on the outbox; call before SaveChanges so they commit with the change.</summary>
public static class HoursEvents
{
    /// <summary>The week starting <paramref name="monday"/> approved, with its approved total as it now stands.</summary>
    public static void HoursApproved(this DbContext db, Placement placement, DateOnly monday, decimal weekTotal) =>
        db.EnqueueEvent(new HoursApproved(placement.Id, placement.StudentId, placement.CompanyId, monday, weekTotal, placement.PlannedHours));
}
