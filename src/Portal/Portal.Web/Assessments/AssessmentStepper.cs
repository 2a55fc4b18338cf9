using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Assessments;

/// <summary>
/// The one-criterion-per-step attitude form: one step per criterion, then a last step for feed-forward and the
/// overall comment. Knows what is still missing before Guidance would accept a submit (every criterion rated, an
/// observation with every "needs attention"), so the form can say so next to the field instead of after a 400.
/// </summary>
public sealed class AssessmentStepper(IReadOnlyList<FrameworkCriterion> criteria, AssessmentDraft? draft = null)
{
    public AssessmentDraft Draft { get; } = draft ?? new AssessmentDraft();

    public IReadOnlyList<FrameworkCriterion> Criteria { get; } = criteria;

    /// <summary>Criteria plus the closing feed-forward step.</summary>
    public int StepCount => Criteria.Count + 1;

    public int Step => Math.Clamp(Draft.Step, 0, StepCount - 1);

    public bool IsFeedForwardStep => Step == Criteria.Count;

    public FrameworkCriterion? Current => IsFeedForwardStep ? null : Criteria[Step];

    public bool IsFirst => Step == 0;

    public string? LevelOf(string criterionKey) => Draft.Levels.GetValueOrDefault(criterionKey);

    public string ObservationOf(string criterionKey) => Draft.Observations.GetValueOrDefault(criterionKey) ?? "";

    public void Rate(string criterionKey, string level) => Draft.Levels[criterionKey] = level;

    public void Observe(string criterionKey, string? text) => Draft.Observations[criterionKey] = text ?? "";

    /// <summary>Why the criterion cannot be submitted yet, as a resource key; null when it can.</summary>
    public string? ProblemWith(FrameworkCriterion criterion)
    {
        var level = LevelOf(criterion.Key);
        if (level is null)
        {
            return "Assess.Missing.Level";
        }

        return level == Levels.NeedsAttention && string.IsNullOrWhiteSpace(ObservationOf(criterion.Key)) ? "Assess.Missing.Observation" : null;
    }

    /// <summary>Moving on is always allowed (the assessor may skip and come back); the current step's problem is shown.</summary>
    public void Next() => Draft.Step = Math.Min(Step + 1, StepCount - 1);

    public void Back() => Draft.Step = Math.Max(Step - 1, 0);

    public void GoTo(int step) => Draft.Step = Math.Clamp(step, 0, StepCount - 1);

    public int RatedCount => Criteria.Count(c => LevelOf(c.Key) is not null);

    public IReadOnlyList<FrameworkCriterion> Incomplete => [.. Criteria.Where(c => ProblemWith(c) is not null)];

    public bool CanSubmit => Incomplete.Count == 0;

    public IReadOnlyList<Rating> Ratings =>
    [
        .. Criteria.Where(c => LevelOf(c.Key) is not null)
            .Select(c => new Rating(c.Key, LevelOf(c.Key)!, string.IsNullOrWhiteSpace(ObservationOf(c.Key)) ? null : ObservationOf(c.Key))),
    ];

    public IReadOnlyList<FeedForwardItem> FeedForward =>
        string.IsNullOrWhiteSpace(Draft.FeedForward) ? [] : [new FeedForwardItem(Draft.FeedForward.Trim(), false)];

    /// <summary>Takes over what Guidance already holds for a draft started earlier (on another device, say).</summary>
    public void LoadFrom(Assessment assessment)
    {
        Draft.AssessmentId = assessment.AssessmentId;
        foreach (var rating in assessment.Ratings)
        {
            Draft.Levels.TryAdd(rating.CriterionKey, rating.Level);
            if (rating.Observation is not null)
            {
                Draft.Observations.TryAdd(rating.CriterionKey, rating.Observation);
            }
        }

        Draft.OverallComment ??= assessment.OverallComment;
        Draft.FeedForward ??= assessment.FeedForward.FirstOrDefault()?.Text;
    }
}
