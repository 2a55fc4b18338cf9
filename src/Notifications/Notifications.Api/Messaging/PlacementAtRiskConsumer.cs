using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>Keeps the placement copy current (the risk itself reaches the mentor as Guidance's signal).</summary>
public sealed class PlacementAtRiskConsumer(PlacementRules rules) : IConsumer<PlacementAtRisk>
{
    public async Task Consume(ConsumeContext<PlacementAtRisk> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement, e.Version, e.OccurredAt, nameof(PlacementAtRisk), context.CancellationToken);
    }
}
