using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A placement as it now stands.</summary>
public sealed class PlacementAtRiskConsumer(PlacementProjection placements) : IConsumer<PlacementAtRisk>
{
    public Task Consume(ConsumeContext<PlacementAtRisk> context) => placements.ApplyAsync(context.Message.Placement, context.Message.Version, context.CancellationToken);
}
