namespace PartnershipHub.Portal.Api;

/// <summary>Guidance's workplace goals of a placed student's plan (<c>GET /api/placements/{id}/workplace-goals</c>).</summary>
public sealed record WorkplaceGoals(Guid PlacementId, Guid StudentId, IReadOnlyList<WorkplaceGoal> Goals, DateTimeOffset? UpdatedAt);

/// <summary>One goal meant for the workplace: about an attitude criterion (with its name) or a needs category.</summary>
public sealed record WorkplaceGoal(Guid GoalId, string Title, string? CriterionKey, string? CriterionName, string? NeedsCategory, string Status, string? Note);
