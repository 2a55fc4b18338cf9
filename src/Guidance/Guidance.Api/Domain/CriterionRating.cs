namespace PartnershipHub.Guidance.Domain;

/// <summary>The level given on one criterion, with what was seen (required for "needs attention").</summary>
public sealed record CriterionRating(string CriterionKey, AttitudeLevel Level, string? Observation);
