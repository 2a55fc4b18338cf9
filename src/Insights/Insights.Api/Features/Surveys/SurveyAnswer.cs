using PartnershipHub.Insights.Domain;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>A valid answer to one survey: the scores in the order of its questions, and the comment (null when blank).</summary>
public sealed record SurveyAnswer(int[] Scores, string? Comment)
{
    /// <summary>
    /// Every question needs a score from 1 to 5 and no other key may be there; the comment is at most 2,000 characters.
    /// Every wrong field is named at once (<c>scores.&lt;key&gt;</c>, <c>comment</c>), so a form can mark them all.
    /// </summary>
    public static SurveyAnswer From(SurveyRespondent respondent, AnswerSurveyRequest request)
    {
        var questions = SurveyQuestions.For(respondent);
        var given = request.Scores ?? new Dictionary<string, int>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var scores = new int[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var key = questions[i];
            if (!given.TryGetValue(key, out var score))
            {
                errors[$"scores.{key}"] = ["Every question needs a score."];
            }
            else if (score is < SurveyQuestions.Lowest or > SurveyQuestions.Highest)
            {
                errors[$"scores.{key}"] = [$"A score is from {SurveyQuestions.Lowest} to {SurveyQuestions.Highest}."];
            }
            else
            {
                scores[i] = score;
            }
        }

        foreach (var unknown in given.Keys.Where(k => !questions.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            errors[$"scores.{unknown}"] = ["This survey has no question with this key."];
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (comment is { Length: > SurveyQuestions.CommentMaxLength })
        {
            errors["comment"] = [$"The comment is at most {SurveyQuestions.CommentMaxLength} characters."];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return new SurveyAnswer(scores, comment);
    }
}
