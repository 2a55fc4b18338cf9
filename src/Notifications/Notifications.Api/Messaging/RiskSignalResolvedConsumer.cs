using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The signal was resolved.</summary>
public sealed class RiskSignalResolvedConsumer(GuidanceRules rules) : IConsumer<RiskSignalResolved>
{
    public async Task Consume(ConsumeContext<RiskSignalResolved> context)
    {
        var e = context.Message;
        await rules.SignalAnsweredAsync(e.SignalId, nameof(RiskSignalResolved), e.ResolvedAt, context.CancellationToken);
    }
}
