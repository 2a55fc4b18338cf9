using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.CompanyScreens;

/// <summary>
/// The Companies API names a refused field (<c>kvkNumber</c>, <c>locations[1].postcode</c>, <c>[0].places</c>); this turns
/// it into a sentence in the user's language (<c>CompanyField.&lt;field without indexes&gt;</c>) for beside that field,
/// so neither the API's English nor its field names reach the user. A 409 rule about one field stands beside it too.
/// </summary>
public sealed partial class CompanyFieldSentences(IStringLocalizer<SharedResource> text, ProblemSentences sentences)
{
    /// <summary>The field a 409 rule is about, by the name the form gives that field.</summary>
    public static string? FieldOf(string? rule) => rule switch
    {
        "kvk-number-taken" => "kvkNumber",
        "trainer-email-taken" => "email",
        "places-need-accreditation" => "crebo",
        "period-dates-differ" => "name",
        _ => null,
    };

    /// <summary>What is wrong with <paramref name="field"/> (the API's name, with its indexes), or null when nothing is.</summary>
    public string? ErrorFor(ApiProblem? problem, string field)
    {
        if (problem is null)
        {
            return null;
        }

        if (problem.Status == 409 && string.Equals(FieldOf(problem.Rule), field, StringComparison.Ordinal))
        {
            return sentences.Sentence(problem);
        }

        return problem.ErrorsFor(field).Count > 0 ? Sentence(field) : null;
    }

    /// <summary>True when the problem names none of <paramref name="fields"/>: then it belongs in an alert above the form.</summary>
    public bool BelongsToNoneOf(ApiProblem? problem, IEnumerable<string> fields) =>
        problem is not null && !fields.Any(field => ErrorFor(problem, field) is not null);

    /// <summary>The sentence for a field; a field the portal has no words for gets a general one, never the API's English.</summary>
    public string Sentence(string field) =>
        text[$"CompanyField.{Normalize(field)}"] is { ResourceNotFound: false } sentence ? sentence : text["CompanyField.other"];

    /// <summary><c>locations[1].postcode</c> → <c>locations.postcode</c>; <c>[0].places</c> → <c>places</c>.</summary>
    public static string Normalize(string field) => Indexes().Replace(field, "").TrimStart('.');

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Indexes();
}
