using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The trainer rejected the week: they acted; the student logs again.</summary>
public sealed class HoursRejectedConsumer(HoursRules rules) : IConsumer<HoursRejected>
{
    public async Task Consume(ConsumeContext<HoursRejected> context)
    {
        await rules.RejectedAsync(context.Message, context.CancellationToken);
    }
}
