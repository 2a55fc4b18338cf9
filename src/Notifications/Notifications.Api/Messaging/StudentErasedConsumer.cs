using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>Everything about the student goes; a tombstone stays.</summary>
public sealed class StudentErasedConsumer(ErasureRules erasure) : IConsumer<StudentErased>
{
    public async Task Consume(ConsumeContext<StudentErased> context)
    {
        await erasure.EraseStudentAsync(context.Message.StudentId, context.Message.OccurredAt, context.CancellationToken);
    }
}
