using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>Whether the plan follows up the progression wish.</summary>
public sealed class PlanUpdatedConsumer(GuidanceProjection guidance) : IConsumer<PlanUpdated>
{
    public Task Consume(ConsumeContext<PlanUpdated> context) => guidance.ApplyAsync(context.Message, context.CancellationToken);
}
