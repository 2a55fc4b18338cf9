namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>The workplace goals of the placed student's plan; no goals (and <see cref="UpdatedAt"/> null) while there is no plan yet.</summary>
public sealed record WorkplaceGoalsResponse(Guid PlacementId, Guid StudentId, IReadOnlyList<WorkplaceGoal> Goals, DateTimeOffset? UpdatedAt);
