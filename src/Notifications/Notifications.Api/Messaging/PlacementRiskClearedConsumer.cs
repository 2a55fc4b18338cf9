using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>Keeps the placement copy current.</summary>
public sealed class PlacementRiskClearedConsumer(PlacementRules rules) : IConsumer<PlacementRiskCleared>
{
    public async Task Consume(ConsumeContext<PlacementRiskCleared> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement, e.Version, e.OccurredAt, nameof(PlacementRiskCleared), context.CancellationToken);
    }
}
