namespace PartnershipHub.Persistence.Conflicts;

/// <summary>
/// The request is well formed but the current state does not allow it: answered with 409 ProblemDetails whose
/// <c>rule</c> names the rule (a stable, machine-readable name the portal turns into a sentence in the user's language).
/// <paramref name="extensions"/> adds facts a client can act on (a transition's <c>state</c> and <c>allowedTransitions</c>).
/// </summary>
public class ConflictException(string rule, string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    /// <summary>A stable, machine-readable name of the rule that refused the change (kebab-case).</summary>
    public string Rule { get; } = rule;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
