using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A planned review: the review is no longer due; the student hears when.</summary>
public sealed class ReviewScheduledConsumer(GuidanceRules rules) : IConsumer<ReviewScheduled>
{
    public async Task Consume(ConsumeContext<ReviewScheduled> context)
    {
        await rules.ReviewScheduledAsync(context.Message, context.CancellationToken);
    }
}
