using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// A signal's life from Guidance's events, in any order. An acknowledgement or resolution that arrives before the signal
/// itself starts it with its own moment as the provisional raise time; the raise, when it comes, sets the real one.
/// </summary>
public static class SignalFactRules
{
    public static SignalFact Stub(Guid signalId, Guid studentId, string rule, DateTimeOffset provisionalRaisedAt) =>
        new() { Id = signalId, StudentId = studentId, Rule = rule, RaisedAt = provisionalRaisedAt };

    public static void Apply(this SignalFact signal, RiskSignalRaised e)
    {
        signal.StudentId = e.StudentId;
        signal.Rule = e.Rule;
        signal.Urgent = e.Urgent;
        signal.RaisedAt = e.RaisedAt;
    }

    /// <summary>The first response counts: a second acknowledgement keeps the earlier one.</summary>
    public static void Apply(this SignalFact signal, RiskSignalAcknowledged e)
    {
        if (signal.AcknowledgedAt is null || e.AcknowledgedAt < signal.AcknowledgedAt)
        {
            signal.AcknowledgedAt = e.AcknowledgedAt;
        }
    }

    /// <summary>The latest resolution counts.</summary>
    public static void Apply(this SignalFact signal, RiskSignalResolved e)
    {
        if (signal.ResolvedAt is null || e.ResolvedAt > signal.ResolvedAt)
        {
            signal.ResolvedAt = e.ResolvedAt;
        }
    }
}
