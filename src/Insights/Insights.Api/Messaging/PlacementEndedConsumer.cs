using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>How the placement ended; its end-of-placement surveys open.</summary>
public sealed class PlacementEndedConsumer(PlacementProjection placements) : IConsumer<PlacementEnded>
{
    public Task Consume(ConsumeContext<PlacementEnded> context) => placements.ApplyAsync(context.Message, context.CancellationToken);
}
