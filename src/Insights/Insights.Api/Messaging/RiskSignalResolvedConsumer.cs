using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A signal resolved.</summary>
public sealed class RiskSignalResolvedConsumer(GuidanceProjection guidance) : IConsumer<RiskSignalResolved>
{
    public Task Consume(ConsumeContext<RiskSignalResolved> context) => guidance.ApplyAsync(context.Message, context.CancellationToken);
}
