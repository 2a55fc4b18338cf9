using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A signal asks the mentor to respond.</summary>
public sealed class RiskSignalRaisedConsumer(GuidanceRules rules) : IConsumer<RiskSignalRaised>
{
    public async Task Consume(ConsumeContext<RiskSignalRaised> context)
    {
        await rules.SignalRaisedAsync(context.Message, context.CancellationToken);
    }
}
