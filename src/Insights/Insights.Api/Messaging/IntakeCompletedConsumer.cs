using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The intake's date and progression wish.</summary>
public sealed class IntakeCompletedConsumer(StudentProjection students) : IConsumer<IntakeCompleted>
{
    public Task Consume(ConsumeContext<IntakeCompleted> context) => students.ApplyAsync(context.Message, context.CancellationToken);
}
