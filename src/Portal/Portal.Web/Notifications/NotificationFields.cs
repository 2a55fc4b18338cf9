using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.Notifications;

/// <summary>
/// The fields of the notification forms as the service names them in its problems (<c>digestHour</c>, <c>quietUntil</c>,
/// <c>mutedKinds[2]</c>, <c>reason</c>), each with a sentence in the user's language (<c>NotificationField.&lt;field&gt;</c>),
/// so a refusal stands beside its field in words, never as the API's field name or English text.
/// </summary>
public sealed class NotificationFields(IStringLocalizer<SharedResource> text)
{
    public static readonly IReadOnlyList<string> PreferenceFields = ["digestHour", "immediate", "quietFrom", "quietUntil", "language", "mutedKinds"];

    /// <summary>The sentence for <paramref name="field"/>, or null when the problem is not about it.</summary>
    public string? ErrorFor(ApiProblem? problem, string field) =>
        problem is not null && problem.ErrorsFor(field).Count > 0 ? Sentence(field) : null;

    /// <summary>
    /// The sentence for a muted kind the service refused: <c>mutedKinds[i]</c> names the i-th kind sent, or the list
    /// itself (an unknown kind).
    /// </summary>
    public string? ErrorForMutedKind(ApiProblem? problem, IReadOnlyList<string> sent, string kind)
    {
        if (problem is null)
        {
            return null;
        }

        for (var i = 0; i < sent.Count; i++)
        {
            if (sent[i] == kind && problem.ErrorsFor($"mutedKinds[{i}]").Count > 0)
            {
                return Sentence("mutedKind");
            }
        }

        return null;
    }

    /// <summary>A problem that no field of the preferences form shows (a refusal, a lost service).</summary>
    public static bool BelongsToNoPreferenceField(ApiProblem? problem) =>
        problem is not null
        && !problem.FieldErrors.Keys.Any(key => PreferenceFields.Any(field => key.StartsWith(field, StringComparison.OrdinalIgnoreCase)));

    private string Sentence(string field) =>
        text[$"NotificationField.{field}"] is { ResourceNotFound: false } sentence ? sentence : text["Problem.Invalid"];
}
