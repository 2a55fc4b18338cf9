namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// A student's guidance rhythm (from Guidance's plan, review and assessment events): when the next review is due and
/// when each party last assessed, so the due rules can say "your assessment is due before the review of 12 March".
/// </summary>
public sealed class GuidanceRhythm
{
    public Guid StudentId { get; set; }

    public int ReviewEveryWeeks { get; set; } = 8;

    public long PlanVersion { get; set; }

    public DateTimeOffset? LastReviewHeldAt { get; set; }

    public DateOnly? NextReviewDue { get; set; }

    public Guid? NextReviewId { get; set; }

    public DateTimeOffset? NextReviewScheduledAt { get; set; }

    public DateTimeOffset? LastTrainerAssessmentAt { get; set; }

    public DateTimeOffset? LastSelfAssessmentAt { get; set; }
}
