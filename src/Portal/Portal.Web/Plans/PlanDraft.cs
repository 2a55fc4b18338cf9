using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Plans;

/// <summary>
/// The mentor's plan while it is being edited: goals and agreements can be added, changed and removed, and the whole
/// plan is sent back as Guidance expects it (the plan as it should now read, with the revision it was read at, so a
/// colleague's change made meanwhile is not overwritten).
/// </summary>
public sealed class PlanDraft
{
    public const string CriterionPrefix = "criterion:";
    public const string NeedsPrefix = "needs:";
    public const int DefaultReviewEveryWeeks = 6;

    public static readonly string[] NeedsCategories = ["pedagogical", "didactic", "futureWishes", "structure", "privateCircumstances"];
    public static readonly string[] GoalStatuses = ["open", "met", "adjusted", "dropped"];
    public static readonly string[] AgreementKinds = ["goal", "behaviour"];

    public string? Approach { get; set; }

    public int ReviewEveryWeeks { get; set; } = DefaultReviewEveryWeeks;

    public int Revision { get; private set; }

    public List<GoalDraft> Goals { get; } = [];

    public List<AgreementDraft> Agreements { get; } = [];

    /// <summary>A plan not yet made starts empty at revision 0.</summary>
    public static PlanDraft From(Plan? plan)
    {
        var draft = new PlanDraft();
        if (plan is null)
        {
            return draft;
        }

        draft.Approach = plan.Approach;
        draft.ReviewEveryWeeks = plan.ReviewEveryWeeks;
        draft.Revision = plan.Revision;
        draft.Goals.AddRange(plan.Goals.Select(goal => new GoalDraft
        {
            GoalId = goal.GoalId,
            Title = goal.Title,
            Link = goal.CriterionKey is { } key ? CriterionPrefix + key : goal.NeedsCategory is { } category ? NeedsPrefix + category : null,
            ConcernsWorkplace = goal.ConcernsWorkplace,
            Status = goal.Status,
            Note = goal.Note,
        }));
        draft.Agreements.AddRange((plan.Agreements ?? []).Select(agreement => new AgreementDraft
        {
            AgreementId = agreement.AgreementId,
            Kind = agreement.Kind,
            Text = agreement.Text,
            MadeOn = agreement.MadeOn,
        }));
        return draft;
    }

    public GoalDraft AddGoal()
    {
        var goal = new GoalDraft();
        Goals.Add(goal);
        return goal;
    }

    public AgreementDraft AddAgreement(DateOnly today)
    {
        var agreement = new AgreementDraft { MadeOn = today };
        Agreements.Add(agreement);
        return agreement;
    }

    /// <summary>New goals and agreements go with an empty id: Guidance gives them one.</summary>
    public SavePlanRequest ToRequest() => new(
        string.IsNullOrWhiteSpace(Approach) ? null : Approach.Trim(),
        [.. Goals.Select(goal => new SavePlanGoal(
            goal.GoalId,
            goal.Title?.Trim() ?? "",
            goal.Link is { } criterion && criterion.StartsWith(CriterionPrefix, StringComparison.Ordinal) ? criterion[CriterionPrefix.Length..] : null,
            goal.Link is { } needs && needs.StartsWith(NeedsPrefix, StringComparison.Ordinal) ? needs[NeedsPrefix.Length..] : null,
            goal.ConcernsWorkplace,
            goal.Status,
            string.IsNullOrWhiteSpace(goal.Note) ? null : goal.Note.Trim()))],
        [.. Agreements.Select(agreement => new SavePlanAgreement(agreement.AgreementId, agreement.Kind, agreement.Text?.Trim() ?? "", agreement.MadeOn))],
        ReviewEveryWeeks,
        Revision);
}

public sealed class GoalDraft
{
    public Guid GoalId { get; init; }

    public string? Title { get; set; }

    /// <summary>"criterion:{key}" or "needs:{category}": a goal is about one attitude criterion or one needs category.</summary>
    public string? Link { get; set; }

    public bool ConcernsWorkplace { get; set; } = true;

    public string Status { get; set; } = "open";

    public string? Note { get; set; }
}

public sealed class AgreementDraft
{
    public Guid AgreementId { get; init; }

    public string Kind { get; set; } = "goal";

    public string? Text { get; set; }

    public DateOnly MadeOn { get; set; }
}
