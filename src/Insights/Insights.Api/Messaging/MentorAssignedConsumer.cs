using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The student's mentor (who may read the programme's dashboard).</summary>
public sealed class MentorAssignedConsumer(StudentProjection students) : IConsumer<MentorAssigned>
{
    public Task Consume(ConsumeContext<MentorAssigned> context) => students.ApplyAsync(context.Message, context.CancellationToken);
}
