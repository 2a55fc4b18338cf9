namespace PartnershipHub.Guidance.Features;

/// <summary>The request is well formed but the current state does not allow it; answered with 409 naming the rule.</summary>
public sealed class DomainConflictException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
