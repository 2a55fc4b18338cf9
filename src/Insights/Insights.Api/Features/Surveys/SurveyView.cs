using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Surveys;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// One survey as its respondent sees it: the question keys in order (the portal has their texts), and once answered the
/// respondent's own scores by key and comment. Only the respondent is ever shown this.
/// </summary>
public sealed record SurveyView(
    Guid SurveyId,
    string Respondent,
    string CompanyName,
    DateOnly PlacementEndedOn,
    DateOnly ClosesOn,
    DateTimeOffset? AnsweredAt,
    bool Open,
    IReadOnlyList<string> Questions,
    IReadOnlyDictionary<string, int>? Scores,
    string? Comment)
{
    public static SurveyView From(Survey survey, string companyName, DateOnly today)
    {
        var questions = SurveyQuestions.For(survey.Respondent);
        return new SurveyView(
            survey.Id,
            SurveyInvitations.RespondentName(survey.Respondent),
            companyName,
            survey.PlacementEndedOn,
            survey.ClosesOn,
            survey.AnsweredAt,
            IsOpen(survey.AnsweredAt, survey.ClosesOn, today),
            questions,
            ScoresByKey(questions, survey.Scores),
            survey.Comment);
    }

    /// <summary>Not answered yet and its closing day not past.</summary>
    public static bool IsOpen(DateTimeOffset? answeredAt, DateOnly closesOn, DateOnly today) => answeredAt is null && today <= closesOn;

    /// <summary>The stored scores by question key, in question order (a score stored for a later question is kept by its key).</summary>
    public static IReadOnlyDictionary<string, int>? ScoresByKey(IReadOnlyList<string> questions, int[]? scores)
    {
        if (scores is null)
        {
            return null;
        }

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(questions.Count, scores.Length); i++)
        {
            byKey[questions[i]] = scores[i];
        }

        return byKey;
    }
}
