using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The trainer approved the week.</summary>
public sealed class HoursApprovedConsumer(HoursRules rules) : IConsumer<HoursApproved>
{
    public async Task Consume(ConsumeContext<HoursApproved> context)
    {
        await rules.ApprovedAsync(context.Message, context.CancellationToken);
    }
}
