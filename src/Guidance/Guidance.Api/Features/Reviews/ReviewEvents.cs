using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Reviews;

/// <summary>Enqueues review events on the outbox (call before SaveChanges): dates and participants, never the discussion.</summary>
public static class ReviewEvents
{
    public static void ReviewScheduled(this GuidanceDbContext db, Review r, DateTimeOffset now) =>
        db.EnqueueEvent(new ReviewScheduled(r.Id, r.StudentId, r.ScheduledAt, [.. r.Participants], r.ScheduledBy) { OccurredAt = now });

    /// <param name="plan">The student's plan, whose rhythm sets the next review (null: no plan yet, the default rhythm).</param>
    public static void ReviewHeld(this GuidanceDbContext db, Review r, IndividualPlan? plan)
    {
        var heldAt = r.HeldAt!.Value;
        db.EnqueueEvent(new ReviewHeld(r.Id, r.StudentId, r.ScheduledAt, heldAt, NextReviewDue(heldAt, plan)) { OccurredAt = heldAt });
    }

    public static void ReviewCancelled(this GuidanceDbContext db, Review r, DateTimeOffset cancelledAt) =>
        db.EnqueueEvent(new ReviewCancelled(r.Id, r.StudentId, cancelledAt) { OccurredAt = cancelledAt });

    /// <summary>The held day plus the plan's rhythm; without a plan the rhythm a new plan starts with.</summary>
    public static DateOnly NextReviewDue(DateTimeOffset heldAt, IndividualPlan? plan) =>
        DateOnly.FromDateTime(heldAt.UtcDateTime).AddDays(7 * (plan?.ReviewEveryWeeks ?? IndividualPlan.DefaultReviewEveryWeeks));
}
