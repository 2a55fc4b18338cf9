using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The trainer's e-mail address goes.</summary>
public sealed class TrainerErasedConsumer(CompanyProjection companies) : IConsumer<TrainerErased>
{
    public Task Consume(ConsumeContext<TrainerErased> context) => companies.ApplyAsync(context.Message, context.CancellationToken);
}
