using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Features.Plans;

/// <summary>
/// The one living plan per student: goals, approach, agreements and how often it is reviewed. Every change adds a
/// <see cref="PlanRevision"/>, so what was agreed when stays visible.
/// </summary>
public sealed class IndividualPlan
{
    public const int MaxText = 4000;

    private IndividualPlan()
    {
    }

    public Guid StudentId { get; private set; }

    public string? Approach { get; private set; }

    public List<PlanGoal> Goals { get; private set; } = [];

    public List<PlanAgreement> Agreements { get; private set; } = [];

    public int ReviewEveryWeeks { get; private set; } = 8;

    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static IndividualPlan StartFor(Guid studentId) => new() { StudentId = studentId };

    public PlanRevision Replace(string? approach, IReadOnlyList<PlanGoal> goals, IReadOnlyList<PlanAgreement> agreements, int reviewEveryWeeks, string changedBy, string reason, DateTimeOffset now)
    {
        if (approach?.Length > MaxText)
        {
            throw new FieldValidationException("approach", $"At most {MaxText} characters.");
        }

        if (reviewEveryWeeks is < 1 or > 52)
        {
            throw new FieldValidationException("reviewEveryWeeks", "Between 1 and 52 weeks.");
        }

        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (string.IsNullOrWhiteSpace(goal.Title) || goal.Title.Length > 300)
            {
                throw new FieldValidationException($"goals[{i}].title", "A goal needs a title of at most 300 characters.");
            }

            if (goal.CriterionKey is null && goal.NeedsCategory is null)
            {
                throw new FieldValidationException($"goals[{i}]", "A goal is linked to an attitude criterion or a needs category.");
            }
        }

        for (var i = 0; i < agreements.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(agreements[i].Text) || agreements[i].Text.Length > 1000)
            {
                throw new FieldValidationException($"agreements[{i}].text", "An agreement needs text of at most 1000 characters.");
            }
        }

        Approach = string.IsNullOrWhiteSpace(approach) ? null : approach.Trim();
        Goals = [.. goals.Select(g => g.GoalId == Guid.Empty ? g with { GoalId = Guid.NewGuid() } : g)];
        Agreements = [.. agreements.Select(a => a.AgreementId == Guid.Empty ? a with { AgreementId = Guid.NewGuid() } : a)];
        ReviewEveryWeeks = reviewEveryWeeks;
        return Record(changedBy, reason, now);
    }

    /// <summary>A review's outcome: goal statuses change and new agreements join the plan.</summary>
    public PlanRevision ApplyReview(IReadOnlyList<GoalOutcome> outcomes, IReadOnlyList<PlanAgreement> newAgreements, string changedBy, DateTimeOffset now)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (Goals.All(g => g.GoalId != outcomes[i].GoalId))
            {
                throw new FieldValidationException($"goalOutcomes[{i}].goalId", "Not a goal of this plan.");
            }

            if (outcomes[i].AdjustedTitle?.Length > 300)
            {
                throw new FieldValidationException($"goalOutcomes[{i}].adjustedTitle", "At most 300 characters.");
            }

            if (outcomes[i].Note?.Length > 1000)
            {
                throw new FieldValidationException($"goalOutcomes[{i}].note", "At most 1000 characters.");
            }
        }

        for (var i = 0; i < newAgreements.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(newAgreements[i].Text) || newAgreements[i].Text.Length > 1000)
            {
                throw new FieldValidationException($"newAgreements[{i}].text", "An agreement needs text of at most 1000 characters.");
            }
        }

        Goals = [.. Goals.Select(goal => outcomes.FirstOrDefault(o => o.GoalId == goal.GoalId) is { } outcome
            ? goal with { Status = outcome.Status, Title = string.IsNullOrWhiteSpace(outcome.AdjustedTitle) ? goal.Title : outcome.AdjustedTitle.Trim(), Note = outcome.Note ?? goal.Note }
            : goal)];
        Agreements = [.. Agreements, .. newAgreements];
        return Record(changedBy, "review", now);
    }

    private PlanRevision Record(string changedBy, string reason, DateTimeOffset now)
    {
        Revision++;
        UpdatedAt = now;
        return new PlanRevision
        {
            StudentId = StudentId,
            Revision = Revision,
            Reason = reason,
            ChangedBy = changedBy,
            ChangedAt = now,
            Goals = [.. Goals],
            Agreements = [.. Agreements],
            Approach = Approach,
            ReviewEveryWeeks = ReviewEveryWeeks,
        };
    }
}
