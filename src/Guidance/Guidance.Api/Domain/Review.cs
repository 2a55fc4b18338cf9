using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>A guidance meeting about the plan: scheduled, then held (what was discussed, goal outcomes, new agreements).</summary>
public sealed class Review
{
    public static readonly string[] KnownParticipants = ["student", "mentor", "trainer", "teacher", "parent"];

    private Review()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public List<string> Participants { get; private set; } = [];

    public ReviewStatus Status { get; private set; }

    public string? Discussion { get; private set; }

    public List<GoalOutcome> GoalOutcomes { get; private set; } = [];

    public List<PlanAgreement> NewAgreements { get; private set; } = [];

    public List<PulledFeedForward> FeedForward { get; private set; } = [];

    public DateTimeOffset? HeldAt { get; private set; }

    public string ScheduledBy { get; private set; } = "";

    /// <summary>Reviews follow the plan's rhythm (at most every 52 weeks): one planned further ahead is a typing error.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(366);

    public static Review Schedule(Guid id, Guid studentId, DateTimeOffset scheduledAt, IReadOnlyList<string> participants, string scheduledBy)
    {
        RequestLists.EnsureElements(participants, "participants", KnownParticipants.Length, "participants, each named once");
        for (var i = 0; i < participants.Count; i++)
        {
            if (participants.Take(i).Any(p => string.Equals(p.Trim(), participants[i].Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                throw new FieldValidationException($"participants[{i}]", "Named twice.");
            }
        }

        var normalised = participants.Select(p => p.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = normalised.FirstOrDefault(p => !KnownParticipants.Contains(p));
        if (unknown is not null)
        {
            throw new FieldValidationException("participants", $"'{unknown}' is not one of {string.Join(", ", KnownParticipants)}.");
        }

        if (!normalised.Contains("student") || !normalised.Contains("mentor"))
        {
            throw new FieldValidationException("participants", "A review always has the student and the mentor.");
        }

        // Kept as PostgreSQL keeps it (microseconds), so the events of the review's schedule and of its holding agree.
        var stored = scheduledAt.AddTicks(-(scheduledAt.Ticks % TimeSpan.TicksPerMicrosecond));
        return new Review { Id = id, StudentId = studentId, ScheduledAt = stored, Participants = normalised, Status = ReviewStatus.Scheduled, ScheduledBy = scheduledBy };
    }

    /// <summary>
    /// A review belongs to the student's guidance: not before it started (<paramref name="earliest"/>: intake or
    /// enrolment) and not beyond <see cref="MaxAhead"/> from <paramref name="now"/>. Recording one held in the past is fine.
    /// </summary>
    public static void EnsureSensibleDate(DateTimeOffset scheduledAt, DateOnly earliest, DateTimeOffset now)
    {
        if (DateOnly.FromDateTime(scheduledAt.UtcDateTime) < earliest)
        {
            throw new FieldValidationException("scheduledAt", $"Before the student's guidance started ({earliest:yyyy-MM-dd}).");
        }

        if (scheduledAt > now + MaxAhead)
        {
            throw new FieldValidationException("scheduledAt", "More than a year ahead; reviews follow the plan's rhythm.");
        }
    }

    public void Hold(string discussion, IReadOnlyList<GoalOutcome> outcomes, IReadOnlyList<PlanAgreement> newAgreements, IReadOnlyList<PulledFeedForward> feedForward, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Scheduled)
        {
            throw new ConflictException("review-not-scheduled", $"This review is {Status.ToString().ToLowerInvariant()}; schedule a new one.");
        }

        if (string.IsNullOrWhiteSpace(discussion) || discussion.Length > IndividualPlan.MaxText)
        {
            throw new FieldValidationException("discussion", $"Say what was discussed (at most {IndividualPlan.MaxText} characters).");
        }

        Discussion = discussion.Trim();
        GoalOutcomes = [.. outcomes];
        NewAgreements = [.. newAgreements];
        FeedForward = [.. feedForward];
        Status = ReviewStatus.Held;
        HeldAt = now;
    }

    public void Cancel()
    {
        if (Status != ReviewStatus.Scheduled)
        {
            throw new ConflictException("review-not-scheduled", $"This review is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = ReviewStatus.Cancelled;
    }
}
