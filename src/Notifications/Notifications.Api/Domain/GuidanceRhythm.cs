using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// A student's guidance rhythm (from Guidance's plan, review and assessment events): when the next review is due and
/// when each party last assessed, so the due rules can say "your assessment is due before the review of 12 March".
/// Review events carry no version: each fact keeps the latest moment it describes, so order does not matter.
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

    public bool Apply(PlanUpdated e)
    {
        if (e.Version <= PlanVersion)
        {
            return false;
        }

        ReviewEveryWeeks = e.ReviewEveryWeeks;
        PlanVersion = e.Version;
        return true;
    }

    /// <summary>A review planned after the last one held is the next review (a move of it too).</summary>
    public void Apply(ReviewScheduled e)
    {
        if (LastReviewHeldAt is { } held && e.ScheduledAt <= held)
        {
            return;
        }

        NextReviewId = e.ReviewId;
        NextReviewScheduledAt = e.ScheduledAt;
    }

    public void Apply(ReviewHeld e)
    {
        if (LastReviewHeldAt is { } held && e.HeldAt <= held)
        {
            return;
        }

        LastReviewHeldAt = e.HeldAt;
        NextReviewDue = e.NextReviewDue;
        if (NextReviewId == e.ReviewId || NextReviewScheduledAt <= e.HeldAt)
        {
            NextReviewId = null;
            NextReviewScheduledAt = null;
        }
    }

    public void Apply(ReviewCancelled e)
    {
        if (NextReviewId == e.ReviewId)
        {
            NextReviewId = null;
            NextReviewScheduledAt = null;
        }
    }

    public void Apply(AttitudeAssessmentSubmitted e)
    {
        if (e.AssessorRole == "trainer" && (LastTrainerAssessmentAt is null || e.SubmittedAt > LastTrainerAssessmentAt))
        {
            LastTrainerAssessmentAt = e.SubmittedAt;
        }
        else if (e.AssessorRole == "self" && (LastSelfAssessmentAt is null || e.SubmittedAt > LastSelfAssessmentAt))
        {
            LastSelfAssessmentAt = e.SubmittedAt;
        }
    }

    /// <summary>The review the assessments are for: the one planned, else the date the rhythm gives.</summary>
    public DateOnly? NextReviewOn() =>
        NextReviewScheduledAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : NextReviewDue;
}
