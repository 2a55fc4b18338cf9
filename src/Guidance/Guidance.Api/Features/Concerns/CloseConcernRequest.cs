namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>What was done; the school's own note, not shown to the trainer.</summary>
public sealed record CloseConcernRequest(string? Note);
