using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Reviews;

/// <summary>What happened at the review: new agreements are texts; goal outcomes update the plan.</summary>
public sealed record HoldReviewRequest(string Discussion, IReadOnlyList<GoalOutcome>? GoalOutcomes, IReadOnlyList<NewAgreement>? NewAgreements);
