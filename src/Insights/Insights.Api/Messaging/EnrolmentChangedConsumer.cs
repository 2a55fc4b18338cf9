using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The student's programme changed (a move up changes the level, not the first level).</summary>
public sealed class EnrolmentChangedConsumer(StudentProjection students) : IConsumer<EnrolmentChanged>
{
    public Task Consume(ConsumeContext<EnrolmentChanged> context) => students.ApplyAsync(context.Message, context.CancellationToken);
}
