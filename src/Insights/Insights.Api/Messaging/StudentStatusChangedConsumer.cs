using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>The student's status, and when and why they left.</summary>
public sealed class StudentStatusChangedConsumer(StudentProjection students) : IConsumer<StudentStatusChanged>
{
    public Task Consume(ConsumeContext<StudentStatusChanged> context) => students.ApplyAsync(context.Message, context.CancellationToken);
}
