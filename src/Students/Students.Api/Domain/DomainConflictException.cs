namespace PartnershipHub.Students.Domain;

/// <summary>The request is well formed but the student's current state does not allow it; answered with 409 naming the rule.</summary>
public sealed class DomainConflictException(string rule, string message) : Exception(message)
{
    /// <summary>A stable, machine-readable name of the rule that refused the change.</summary>
    public string Rule { get; } = rule;
}
