namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>The school's answer, which the trainer reads.</summary>
public sealed record AnswerConcernRequest(string? Answer);
