using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A held review sets the next one and settles the discrepancies before it.</summary>
public sealed class ReviewHeldConsumer(GuidanceRules rules) : IConsumer<ReviewHeld>
{
    public async Task Consume(ConsumeContext<ReviewHeld> context)
    {
        await rules.ReviewHeldAsync(context.Message, context.CancellationToken);
    }
}
