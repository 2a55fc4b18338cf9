namespace PartnershipHub.Guidance.Domain;

/// <summary>A next step from an assessment submitted since the last review, carried into this one.</summary>
public sealed record PulledFeedForward(Guid AssessmentId, AssessorRole Role, DateTimeOffset SubmittedAt, string Text, bool ByStudent);
