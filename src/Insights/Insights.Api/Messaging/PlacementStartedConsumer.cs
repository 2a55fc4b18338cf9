using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A placement as it now stands, and the day the student really started.</summary>
public sealed class PlacementStartedConsumer(PlacementProjection placements) : IConsumer<PlacementStarted>
{
    public Task Consume(ConsumeContext<PlacementStarted> context) => placements.ApplyAsync(context.Message, context.CancellationToken);
}
