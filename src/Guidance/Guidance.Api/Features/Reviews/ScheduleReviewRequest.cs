namespace PartnershipHub.Guidance.Features.Reviews;

/// <summary>Participants: student and mentor always; optionally trainer, teacher, parent.</summary>
public sealed record ScheduleReviewRequest(DateTimeOffset ScheduledAt, IReadOnlyList<string>? Participants);
