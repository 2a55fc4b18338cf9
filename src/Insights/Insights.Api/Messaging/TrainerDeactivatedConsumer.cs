using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The trainer no longer answers surveys.</summary>
public sealed class TrainerDeactivatedConsumer(CompanyProjection companies) : IConsumer<TrainerDeactivated>
{
    public Task Consume(ConsumeContext<TrainerDeactivated> context) => companies.ApplyAsync(context.Message, context.CancellationToken);
}
