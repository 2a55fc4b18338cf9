using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A placement as it now stands.</summary>
public sealed class PlacementRiskClearedConsumer(PlacementProjection placements) : IConsumer<PlacementRiskCleared>
{
    public Task Consume(ConsumeContext<PlacementRiskCleared> context) => placements.ApplyAsync(context.Message.Placement, context.Message.Version, context.CancellationToken);
}
