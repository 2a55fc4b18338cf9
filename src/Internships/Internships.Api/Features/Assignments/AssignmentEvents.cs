using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Internships.Features.Assignments;

public static class AssignmentEvents
{
    public static void AssignmentAgreed(this DbContext db, Assignment a, Guid agreedBy) =>
        db.EnqueueEvent(new AssignmentAgreed(a.Snapshot(), agreedBy, a.Version));

    public static void AssignmentSubmitted(this DbContext db, Assignment a) =>
        db.EnqueueEvent(new AssignmentSubmitted(a.Snapshot(), a.LastStepAt, a.Version));

    public static void AssignmentSignedOff(this DbContext db, Assignment a, Guid signedOffBy) =>
        db.EnqueueEvent(new AssignmentSignedOff(a.Snapshot(), signedOffBy, a.Feedback, a.LastStepAt, a.Version));

    /// <summary>After every step (a draft, a revision, each transition), with the role its actor acted in.</summary>
    public static void AssignmentStatusChanged(this DbContext db, Assignment a) =>
        db.EnqueueEvent(new AssignmentStatusChanged(a.Snapshot(), a.Steps[^1].ByRole, a.LastStepAt, a.Version) { OccurredAt = a.LastStepAt });
}
