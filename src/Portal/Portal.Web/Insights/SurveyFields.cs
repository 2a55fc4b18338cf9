using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.Insights;

/// <summary>
/// The survey form's fields as Insights names them in a 400 (<c>scores.&lt;key&gt;</c>, <c>comment</c>), each with a
/// sentence in the user's language, so a refusal stands beside its question, never as the API's English text.
/// </summary>
public sealed class SurveyFields(IStringLocalizer<SharedResource> text)
{
    public string? ScoreError(ApiProblem? problem, string key) =>
        problem is not null && (problem.ErrorsFor($"scores.{key}").Count > 0 || problem.ErrorsFor($"scores[{key}]").Count > 0)
            ? text["Survey.Field.score"].Value
            : null;

    public string? CommentError(ApiProblem? problem) =>
        problem is not null && problem.ErrorsFor("comment").Count > 0 ? text["Survey.Field.comment"].Value : null;

    /// <summary>A problem no question shows: a refusal, a conflict, the list of scores itself, a lost service.</summary>
    public static bool BelongsToNoQuestion(ApiProblem? problem, IEnumerable<string> keys) =>
        problem is not null
        && !problem.FieldErrors.Keys.Any(field => field.Equals("comment", StringComparison.OrdinalIgnoreCase)
            || keys.Any(key => field.Equals($"scores.{key}", StringComparison.OrdinalIgnoreCase) || field.Equals($"scores[{key}]", StringComparison.OrdinalIgnoreCase)));
}
