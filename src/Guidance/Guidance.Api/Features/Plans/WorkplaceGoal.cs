using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>
/// A plan goal as the workplace sees it: what the student works on and how far it is. <see cref="CriterionName"/> is the
/// attitude criterion's name in the framework that applies to the placement's qualification (null for a needs goal).
/// </summary>
public sealed record WorkplaceGoal(Guid GoalId, string Title, string? CriterionKey, string? CriterionName, NeedsCategory? NeedsCategory, GoalStatus Status, string? Note);
