using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A cancelled review is no longer the next one.</summary>
public sealed class ReviewCancelledConsumer(GuidanceRules rules) : IConsumer<ReviewCancelled>
{
    public async Task Consume(ConsumeContext<ReviewCancelled> context)
    {
        await rules.ReviewCancelledAsync(context.Message, context.CancellationToken);
    }
}
