using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A placement as it now stands.</summary>
public sealed class PlacementProposedConsumer(PlacementProjection placements) : IConsumer<PlacementProposed>
{
    public Task Consume(ConsumeContext<PlacementProposed> context) => placements.ApplyAsync(context.Message.Placement, context.Message.Version, context.CancellationToken);
}
