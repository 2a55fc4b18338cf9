namespace PartnershipHub.Guidance.Features.Progress;

public sealed record NextReview(Guid ReviewId, DateTimeOffset ScheduledAt, bool Overdue);
