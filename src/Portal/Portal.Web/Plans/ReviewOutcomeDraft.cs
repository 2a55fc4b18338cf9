using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Plans;

/// <summary>
/// What the mentor records at a review besides the discussion: per goal still in play (open or adjusted) its status
/// afterwards, an adjusted title or a note, and new agreements. Every listed goal is sent (an unchanged status says
/// "still open" in the review record), in the order shown, so Guidance's <c>goalOutcomes[i]</c> errors land at goal i.
/// </summary>
public sealed class ReviewOutcomeDraft
{
    public List<GoalOutcomeDraft> Goals { get; } = [];

    public List<NewAgreementDraft> Agreements { get; } = [];

    public static ReviewOutcomeDraft From(Plan? plan)
    {
        var draft = new ReviewOutcomeDraft();
        draft.Goals.AddRange((plan?.Goals ?? [])
            .Where(goal => goal.Status is "open" or "adjusted")
            .Select(goal => new GoalOutcomeDraft { GoalId = goal.GoalId, Title = goal.Title, Status = goal.Status }));
        return draft;
    }

    public NewAgreementDraft AddAgreement()
    {
        var agreement = new NewAgreementDraft();
        Agreements.Add(agreement);
        return agreement;
    }

    public IReadOnlyList<ReviewGoalOutcome> ToOutcomes() =>
        [.. Goals.Select(goal => new ReviewGoalOutcome(goal.GoalId, goal.Status, Blank(goal.AdjustedTitle), Blank(goal.Note)))];

    public IReadOnlyList<ReviewNewAgreement> ToAgreements() =>
        [.. Agreements.Select(agreement => new ReviewNewAgreement(agreement.Kind, agreement.Text?.Trim() ?? ""))];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class GoalOutcomeDraft
    {
        public Guid GoalId { get; init; }

        public string Title { get; init; } = "";

        public string Status { get; set; } = "open";

        public string? AdjustedTitle { get; set; }

        public string? Note { get; set; }
    }

    public sealed class NewAgreementDraft
    {
        public string Kind { get; set; } = "goal";

        public string? Text { get; set; }
    }
}
