using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The mentor responded to the signal.</summary>
public sealed class RiskSignalAcknowledgedConsumer(GuidanceRules rules) : IConsumer<RiskSignalAcknowledged>
{
    public async Task Consume(ConsumeContext<RiskSignalAcknowledged> context)
    {
        var e = context.Message;
        await rules.SignalAnsweredAsync(e.SignalId, nameof(RiskSignalAcknowledged), e.AcknowledgedAt, context.CancellationToken);
    }
}
