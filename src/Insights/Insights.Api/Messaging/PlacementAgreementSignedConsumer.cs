using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A placement as it now stands.</summary>
public sealed class PlacementAgreementSignedConsumer(PlacementProjection placements) : IConsumer<PlacementAgreementSigned>
{
    public Task Consume(ConsumeContext<PlacementAgreementSigned> context) => placements.ApplyAsync(context.Message.Placement, context.Message.Version, context.CancellationToken);
}
