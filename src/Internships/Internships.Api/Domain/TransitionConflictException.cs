namespace PartnershipHub.Internships.Domain;

/// <summary>A transition asked for in a state that does not allow it; the API answers 409 with the state and what is allowed.</summary>
public sealed class TransitionConflictException(string state, IReadOnlyList<string> allowedTransitions, string message)
    : Exception(message)
{
    public string State { get; } = state;

    public IReadOnlyList<string> AllowedTransitions { get; } = allowedTransitions;
}
