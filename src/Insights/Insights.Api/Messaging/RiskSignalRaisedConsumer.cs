using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>A signal raised: its rule, urgency and moment.</summary>
public sealed class RiskSignalRaisedConsumer(GuidanceProjection guidance) : IConsumer<RiskSignalRaised>
{
    public Task Consume(ConsumeContext<RiskSignalRaised> context) => guidance.ApplyAsync(context.Message, context.CancellationToken);
}
