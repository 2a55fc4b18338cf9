using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A placement as it now stands.</summary>
public sealed class PlacementTeacherAssignedConsumer(PlacementProjection placements) : IConsumer<PlacementTeacherAssigned>
{
    public Task Consume(ConsumeContext<PlacementTeacherAssigned> context) => placements.ApplyAsync(context.Message.Placement, context.Message.Version, context.CancellationToken);
}
