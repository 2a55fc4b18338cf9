using System.Text.Json;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>Enqueues plan events on the outbox (call before SaveChanges): the rhythm and each goal's area and status, never titles, notes or agreements.</summary>
public static class PlanEvents
{
    /// <summary>After every revision (written by the mentor or by a held review); the revision is the event's version.</summary>
    public static void PlanUpdated(this GuidanceDbContext db, IndividualPlan plan) =>
        db.EnqueueEvent(new PlanUpdated(plan.StudentId, plan.ReviewEveryWeeks, plan.UpdatedAt, plan.Revision, Goals(plan)) { OccurredAt = plan.UpdatedAt });

    /// <summary>The plan's goals as facts: the needs category they answer, else <c>attitude</c> for a criterion goal, else <c>other</c>.</summary>
    public static List<PlanGoalFact> Goals(IndividualPlan plan) =>
        [.. plan.Goals.Select(g => new PlanGoalFact(g.GoalId, Area(g), g.CriterionKey, CamelCase(g.Status.ToString()), g.ConcernsWorkplace))];

    private static string Area(PlanGoal goal) =>
        goal.NeedsCategory is { } category ? CamelCase(category.ToString()) : goal.CriterionKey is not null ? "attitude" : "other";

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
