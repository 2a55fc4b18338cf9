using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The company's name and whether it is active.</summary>
public sealed class CompanyRegisteredConsumer(CompanyProjection companies) : IConsumer<CompanyRegistered>
{
    public Task Consume(ConsumeContext<CompanyRegistered> context) => companies.ApplyAsync(context.Message, context.CancellationToken);
}
