namespace PartnershipHub.Insights.Domain;

/// <summary>
/// An early-warning signal: its rule (the kind), when it was raised, first answered (acknowledged) and resolved. A
/// signal resolved without an acknowledgement counts its resolution as the first response.
/// </summary>
public sealed class SignalFact
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    /// <summary>camelCase rule name (<c>hoursBehindPlan</c>, <c>manual</c>, …).</summary>
    public string Rule { get; set; } = "";

    public bool Urgent { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
