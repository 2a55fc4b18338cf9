using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>
/// The whole plan as it should now read. <see cref="ExpectedRevision"/> (optional) guards against overwriting a
/// change made meanwhile: it must equal the current revision (0 for a new plan).
/// </summary>
public sealed record SavePlanRequest(
    string? Approach,
    IReadOnlyList<PlanGoal>? Goals,
    IReadOnlyList<PlanAgreement>? Agreements,
    int ReviewEveryWeeks,
    int? ExpectedRevision);
