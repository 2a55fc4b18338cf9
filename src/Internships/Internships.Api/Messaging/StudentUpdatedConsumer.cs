using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class StudentUpdatedConsumer(InternshipsDbContext db) : IConsumer<StudentUpdated>
{
    public async Task Consume(ConsumeContext<StudentUpdated> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Apply(context.Message);
    }
}
