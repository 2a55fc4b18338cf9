using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The student's cohort and status.</summary>
public sealed class StudentUpdatedConsumer(StudentProjection students) : IConsumer<StudentUpdated>
{
    public Task Consume(ConsumeContext<StudentUpdated> context) => students.ApplyAsync(context.Message, context.CancellationToken);
}
