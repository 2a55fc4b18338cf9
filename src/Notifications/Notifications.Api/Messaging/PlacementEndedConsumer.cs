using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>An ended placement needs no agreement and no more hours or contacts.</summary>
public sealed class PlacementEndedConsumer(PlacementRules rules) : IConsumer<PlacementEnded>
{
    public async Task Consume(ConsumeContext<PlacementEnded> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement, e.Version, e.OccurredAt, nameof(PlacementEnded), context.CancellationToken);
    }
}
