using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Plans;

public sealed record PlanResponse(
    Guid StudentId,
    string? Approach,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<PlanAgreement> Agreements,
    int ReviewEveryWeeks,
    int Revision,
    DateTimeOffset UpdatedAt)
{
    public static PlanResponse From(IndividualPlan p) => new(p.StudentId, p.Approach, p.Goals, p.Agreements, p.ReviewEveryWeeks, p.Revision, p.UpdatedAt);

    /// <summary>A trainer's view: the goals that concern the workplace, never care-related ones; no approach or agreements.</summary>
    public static PlanResponse ForTrainer(IndividualPlan p) =>
        new(p.StudentId, null, [.. p.Goals.Where(g => g.VisibleToTrainer)], [], p.ReviewEveryWeeks, p.Revision, p.UpdatedAt);
}
