using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.Components.Pages.Coordinator;

/// <summary>
/// Students' refusals on the coordinator's student pages as sentences in the user's language beside the field they
/// name; the API's own (English) messages never reach the screen.
/// </summary>
public sealed class StudentsFields(IStringLocalizer<SharedResource> text, ProblemSentences sentences)
{
    public static readonly IReadOnlyList<string> All =
    [
        "studentNumber", "firstName", "lastName", "dateOfBirth", "email", "phone", "homePostcode", "cohort", "enrolment",
        "enrolment.crebo", "enrolment.qualificationName", "enrolment.level", "enrolment.route", "enrolment.startDate",
        "enrolment.expectedEndDate", "enrolment.team", "mentorStaffId", "status", "reason", "effectiveOn",
    ];

    /// <summary>The field a 409 rule is about, so its sentence stands beside that field.</summary>
    public static string? FieldOf(string? rule) => rule == "student-number-taken" ? "studentNumber" : null;

    /// <summary>What is wrong with <paramref name="field"/> in one sentence, or null when the problem is not about it.</summary>
    public string? ErrorFor(ApiProblem? problem, string field)
    {
        if (problem is null)
        {
            return null;
        }

        if (problem.Status == 409 && FieldOf(problem.Rule) == field)
        {
            return sentences.Sentence(problem);
        }

        return problem.ErrorsFor(field).Count > 0 ? Invalid(field) : null;
    }

    /// <summary>A problem no field of the page shows (a refusal, a state rule, a lost service).</summary>
    public static bool BelongsToNoField(ApiProblem? problem) =>
        problem is not null && FieldOf(problem.Rule) is null && !All.Any(field => problem.ErrorsFor(field).Count > 0);

    private string Invalid(string field) =>
        text[$"CoordStudents.Invalid.{field}"] is { ResourceNotFound: false } sentence ? sentence : text["CoordStudents.Invalid.other"];
}
