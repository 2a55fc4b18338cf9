using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>Every fact about the student goes; a tombstone stays.</summary>
public sealed class StudentErasedConsumer(StudentErasure erasure) : IConsumer<StudentErased>
{
    public Task Consume(ConsumeContext<StudentErased> context) => erasure.EraseAsync(context.Message.StudentId, context.Message.OccurredAt, context.CancellationToken);
}
