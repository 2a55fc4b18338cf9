using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>Enqueues plan events on the outbox (call before SaveChanges): the rhythm, never goals or agreements.</summary>
public static class PlanEvents
{
    /// <summary>After every revision (written by the mentor or by a held review); the revision is the event's version.</summary>
    public static void PlanUpdated(this GuidanceDbContext db, IndividualPlan plan) =>
        db.EnqueueEvent(new PlanUpdated(plan.StudentId, plan.ReviewEveryWeeks, plan.UpdatedAt, plan.Revision) { OccurredAt = plan.UpdatedAt });
}
