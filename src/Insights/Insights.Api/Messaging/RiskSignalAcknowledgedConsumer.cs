using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A signal's first response.</summary>
public sealed class RiskSignalAcknowledgedConsumer(GuidanceProjection guidance) : IConsumer<RiskSignalAcknowledged>
{
    public Task Consume(ConsumeContext<RiskSignalAcknowledged> context) => guidance.ApplyAsync(context.Message, context.CancellationToken);
}
