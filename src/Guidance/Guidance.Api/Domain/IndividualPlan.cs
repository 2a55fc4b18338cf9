using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// The one living plan per student: goals, approach, agreements and how often it is reviewed. Every change adds a
/// <see cref="PlanRevision"/>, so what was agreed when stays visible.
/// </summary>
public sealed class IndividualPlan
{
    public const int MaxText = 4000;

    /// <summary>A plan a student can keep in mind: a handful of goals.</summary>
    public const int MaxGoals = 30;

    /// <summary>Agreements accumulate over the years of a programme (a few per review), never thousands.</summary>
    public const int MaxAgreements = 100;

    /// <summary>What one review adds.</summary>
    public const int MaxNewAgreements = 20;

    private IndividualPlan()
    {
    }

    public Guid StudentId { get; private set; }

    public string? Approach { get; private set; }

    public List<PlanGoal> Goals { get; private set; } = [];

    public List<PlanAgreement> Agreements { get; private set; } = [];

    /// <summary>The rhythm a plan starts with, and the one that holds for a student without a plan.</summary>
    public const int DefaultReviewEveryWeeks = 8;

    public int ReviewEveryWeeks { get; private set; } = DefaultReviewEveryWeeks;

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

        EnsureShape(goals, agreements);
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

            if (goal.Note?.Length > 1000)
            {
                throw new FieldValidationException($"goals[{i}].note", "At most 1000 characters.");
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

    /// <summary>
    /// What only the caller's context can tell: a goal's criterion must be one of the attitude frameworks that apply to
    /// the student (<paramref name="criterionKeys"/>, any version), and an agreement added or re-dated now must have been
    /// made between the start of the student's guidance (<paramref name="earliest"/>) and today. Agreements already in
    /// the plan with the same date are not judged again.
    /// </summary>
    public void EnsureFitsStudent(IReadOnlyList<PlanGoal> goals, IReadOnlyList<PlanAgreement> agreements, IReadOnlySet<string> criterionKeys, DateOnly earliest, DateOnly today)
    {
        EnsureShape(goals, agreements);
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i].CriterionKey is { } key && !criterionKeys.Contains(key))
            {
                throw new FieldValidationException($"goals[{i}].criterionKey", $"'{key}' is not a criterion of the attitude framework for the student's qualification.");
            }
        }

        for (var i = 0; i < agreements.Count; i++)
        {
            var agreement = agreements[i];
            var unchanged = Agreements.Any(a => a.AgreementId == agreement.AgreementId && a.MadeOn == agreement.MadeOn);
            if (!unchanged && (agreement.MadeOn < earliest || agreement.MadeOn > today))
            {
                throw new FieldValidationException($"agreements[{i}].madeOn", $"An agreement is made between {earliest:yyyy-MM-dd} (the start of the student's guidance) and today.");
            }
        }
    }

    /// <summary>A review's outcome: goal statuses change and new agreements join the plan.</summary>
    public PlanRevision ApplyReview(IReadOnlyList<GoalOutcome> outcomes, IReadOnlyList<PlanAgreement> newAgreements, string changedBy, DateTimeOffset now)
    {
        EnsureReviewShape(outcomes, newAgreements);
        if (Agreements.Count + newAgreements.Count > MaxAgreements)
        {
            throw new FieldValidationException("newAgreements", $"The plan would hold more than {MaxAgreements} agreements; tidy the plan first.");
        }

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

    /// <summary>Nulls, sizes and duplicates of a review's lists; the plan checks its goals exist.</summary>
    public static void EnsureReviewShape(IReadOnlyList<GoalOutcome> outcomes, IReadOnlyList<object> newAgreements)
    {
        RequestLists.EnsureElements(outcomes, "goalOutcomes", MaxGoals, "goal outcomes, one per goal");
        RequestLists.EnsureElements(newAgreements, "newAgreements", MaxNewAgreements, "new agreements per review");
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcomes.Take(i).Any(o => o.GoalId == outcome.GoalId))
            {
                throw new FieldValidationException($"goalOutcomes[{i}].goalId", "One outcome per goal.");
            }

            if (!Enum.IsDefined(outcome.Status))
            {
                throw new FieldValidationException($"goalOutcomes[{i}].status", "Not a known status.");
            }

            if (!string.IsNullOrWhiteSpace(outcome.AdjustedTitle) && outcome.Status != GoalStatus.Adjusted)
            {
                throw new FieldValidationException($"goalOutcomes[{i}].adjustedTitle", "Only an adjusted goal gets a new title.");
            }
        }
    }

    /// <summary>Nulls, sizes and duplicate ids of a whole plan's lists.</summary>
    private static void EnsureShape(IReadOnlyList<PlanGoal> goals, IReadOnlyList<PlanAgreement> agreements)
    {
        RequestLists.EnsureElements(goals, "goals", MaxGoals, "goals");
        RequestLists.EnsureElements(agreements, "agreements", MaxAgreements, "agreements");
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i].GoalId != Guid.Empty && goals.Take(i).Any(g => g.GoalId == goals[i].GoalId))
            {
                throw new FieldValidationException($"goals[{i}].goalId", "Two goals have the same id; leave it empty for a new goal.");
            }

            if (goals[i].NeedsCategory is { } category && !Enum.IsDefined(category))
            {
                throw new FieldValidationException($"goals[{i}].needsCategory", "Not a known needs category.");
            }

            if (!Enum.IsDefined(goals[i].Status))
            {
                throw new FieldValidationException($"goals[{i}].status", "Not a known status.");
            }
        }

        for (var i = 0; i < agreements.Count; i++)
        {
            if (agreements[i].AgreementId != Guid.Empty && agreements.Take(i).Any(a => a.AgreementId == agreements[i].AgreementId))
            {
                throw new FieldValidationException($"agreements[{i}].agreementId", "Two agreements have the same id; leave it empty for a new agreement.");
            }

            if (!Enum.IsDefined(agreements[i].Kind))
            {
                throw new FieldValidationException($"agreements[{i}].kind", "Not a known kind.");
            }
        }
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
