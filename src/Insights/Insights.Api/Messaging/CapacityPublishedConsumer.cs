using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The placement period's name and dates (the dashboard's period filter).</summary>
public sealed class CapacityPublishedConsumer(CompanyProjection companies) : IConsumer<CapacityPublished>
{
    public Task Consume(ConsumeContext<CapacityPublished> context) => companies.ApplyAsync(context.Message, context.CancellationToken);
}
