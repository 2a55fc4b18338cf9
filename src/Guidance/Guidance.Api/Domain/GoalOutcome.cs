namespace PartnershipHub.Guidance.Domain;

/// <summary>What a review decided about one goal: met, adjusted (optionally re-worded), dropped or still open.</summary>
public sealed record GoalOutcome(Guid GoalId, GoalStatus Status, string? AdjustedTitle, string? Note);
