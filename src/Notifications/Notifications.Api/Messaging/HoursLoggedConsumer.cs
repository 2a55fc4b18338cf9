using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A week of hours waits for the trainer's approval.</summary>
public sealed class HoursLoggedConsumer(HoursRules rules) : IConsumer<HoursLogged>
{
    public async Task Consume(ConsumeContext<HoursLogged> context)
    {
        await rules.LoggedAsync(context.Message, context.CancellationToken);
    }
}
