namespace PartnershipHub.Guidance.Domain;

/// <summary>A next step; <see cref="ByStudent"/> when the student wrote it (feed-forward is co-written).</summary>
public sealed record FeedForwardStep(string Text, bool ByStudent);
