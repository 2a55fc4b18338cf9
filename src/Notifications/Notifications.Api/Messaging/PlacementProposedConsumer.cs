using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A proposed placement asks the company to sign the agreement.</summary>
public sealed class PlacementProposedConsumer(PlacementRules rules) : IConsumer<PlacementProposed>
{
    public async Task Consume(ConsumeContext<PlacementProposed> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement, e.Version, e.OccurredAt, nameof(PlacementProposed), context.CancellationToken);
    }
}
