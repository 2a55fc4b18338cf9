using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The company's name and whether it is active.</summary>
public sealed class CompanyUpdatedConsumer(CompanyProjection companies) : IConsumer<CompanyUpdated>
{
    public Task Consume(ConsumeContext<CompanyUpdated> context) => companies.ApplyAsync(context.Message, context.CancellationToken);
}
