using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The student's programme, first level, cohort and mentor.</summary>
public sealed class StudentEnrolledConsumer(StudentProjection students) : IConsumer<StudentEnrolled>
{
    public Task Consume(ConsumeContext<StudentEnrolled> context) => students.ApplyAsync(context.Message, context.CancellationToken);
}
