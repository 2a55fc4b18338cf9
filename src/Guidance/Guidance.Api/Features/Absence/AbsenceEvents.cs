using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>Enqueues absence events on the outbox; call before SaveChanges so they commit with the change. The import writes its own in bulk.</summary>
public static class AbsenceEvents
{
    public static void AbsenceRecorded(this DbContext db, SchoolAbsence a) =>
        db.EnqueueEvent(new AbsenceRecorded(a.StudentId, a.Date, a.EndExclusive.AddDays(-1),
            a.Authorised ? 0 : a.Hours, a.Authorised ? a.Hours : 0, a.Source) { OccurredAt = a.RecordedAt });

    public static void AbsenceRecorded(this DbContext db, WorkplaceAbsence a) =>
        db.EnqueueEvent(new AbsenceRecorded(a.StudentId, a.Date, a.Date,
            a.Authorised ? 0 : a.Hours, a.Authorised ? a.Hours : 0, AbsenceSource.Workplace) { OccurredAt = a.ReportedAt });
}
