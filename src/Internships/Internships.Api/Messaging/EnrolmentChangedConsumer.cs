using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class EnrolmentChangedConsumer(InternshipsDbContext db) : IConsumer<EnrolmentChanged>
{
    public async Task Consume(ConsumeContext<EnrolmentChanged> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Apply(context.Message);
    }
}
