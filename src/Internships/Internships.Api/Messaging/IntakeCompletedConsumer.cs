using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class IntakeCompletedConsumer(InternshipsDbContext db) : IConsumer<IntakeCompleted>
{
    public async Task Consume(ConsumeContext<IntakeCompleted> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Apply(context.Message);
    }
}
