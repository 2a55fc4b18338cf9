using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The plan's rhythm (review every N weeks).</summary>
public sealed class PlanUpdatedConsumer(GuidanceRules rules) : IConsumer<PlanUpdated>
{
    public async Task Consume(ConsumeContext<PlanUpdated> context)
    {
        await rules.PlanUpdatedAsync(context.Message, context.CancellationToken);
    }
}
