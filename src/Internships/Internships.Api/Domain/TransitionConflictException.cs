using System.Text.Json;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// A step asked for in a state that does not allow it: 409 naming <paramref name="rule"/>, with the current
/// <c>state</c> and the <c>allowedTransitions</c> from it, so a client can offer what is possible instead.
/// </summary>
public sealed class TransitionConflictException(
    string state, IReadOnlyList<string> allowedTransitions, string message, string rule = TransitionConflictException.NotAllowed)
    : ConflictException(rule, message, new Dictionary<string, object?>
    {
        // The state as the wire format spells a status (camelCase), like the record's own `status`.
        ["state"] = JsonNamingPolicy.CamelCase.ConvertName(state),
        ["allowedTransitions"] = allowedTransitions,
    })
{
    /// <summary>The rule of a step the lifecycle does not allow from the current state.</summary>
    public const string NotAllowed = "transition-not-allowed";

    public string State { get; } = state;

    public IReadOnlyList<string> AllowedTransitions { get; } = allowedTransitions;
}
