using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The trainer's company and e-mail address (who may answer a trainer's survey).</summary>
public sealed class TrainerRegisteredConsumer(CompanyProjection companies) : IConsumer<TrainerRegistered>
{
    public Task Consume(ConsumeContext<TrainerRegistered> context) => companies.ApplyAsync(context.Message, context.CancellationToken);
}
