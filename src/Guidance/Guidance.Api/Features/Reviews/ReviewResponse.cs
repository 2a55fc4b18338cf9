using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Reviews;

public sealed record ReviewResponse(
    Guid ReviewId,
    Guid StudentId,
    DateTimeOffset ScheduledAt,
    IReadOnlyList<string> Participants,
    ReviewStatus Status,
    string? Discussion,
    IReadOnlyList<GoalOutcome> GoalOutcomes,
    IReadOnlyList<PlanAgreement> NewAgreements,
    IReadOnlyList<PulledFeedForward> FeedForward,
    DateTimeOffset? HeldAt)
{
    public static ReviewResponse From(Review r) =>
        new(r.Id, r.StudentId, r.ScheduledAt, r.Participants, r.Status, r.Discussion, r.GoalOutcomes, r.NewAgreements, r.FeedForward, r.HeldAt);
}
