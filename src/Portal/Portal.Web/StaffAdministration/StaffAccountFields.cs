using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.StaffAdministration;

/// <summary>
/// The fields of a staff account as Identity names them in its problems (<c>email</c>, <c>displayName</c>, ...), each
/// with a label and a sentence in the user's language (<c>StaffField.&lt;field&gt;</c>, <c>StaffField.&lt;field&gt;.Invalid</c>),
/// so a refusal is shown beside its field in words, never as the API's field name or English text.
/// </summary>
public sealed class StaffAccountFields(IStringLocalizer<SharedResource> text, ProblemSentences sentences)
{
    public static readonly IReadOnlyList<string> All = ["displayName", "email", "roles", "employeeNumber", "language"];

    /// <summary>The field a 409 rule is about, so its sentence stands beside that field.</summary>
    public static string? FieldOf(string? rule) => rule switch
    {
        "email-in-use" => "email",
        "employee-number-in-use" => "employeeNumber",
        _ => null,
    };

    public string Label(string field) =>
        text[$"StaffField.{field}"] is { ResourceNotFound: false } label ? label : text["StaffField.other"];

    /// <summary>What is wrong with <paramref name="field"/> in one sentence, or null when the problem is not about it.</summary>
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

        return problem.ErrorsFor(field).Count > 0 ? Invalid(field, problem.ErrorsFor(field)) : null;
    }

    /// <summary>A problem that no field of the form shows (a refusal, a lost service, a field the form does not have).</summary>
    public static bool BelongsToNoField(ApiProblem? problem) =>
        problem is not null
        && FieldOf(problem.Rule) is null
        && !All.Any(field => problem.ErrorsFor(field).Count > 0);

    /// <summary>The field's sentence; for a field the portal has no words for, what Identity said.</summary>
    public string Invalid(string field, IReadOnlyList<string> apiMessages) =>
        text[$"StaffField.{field}.Invalid"] is { ResourceNotFound: false } sentence ? sentence : string.Join(" ", apiMessages);
}
