using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class StudentStatusChangedConsumer(InternshipsDbContext db) : IConsumer<StudentStatusChanged>
{
    public async Task Consume(ConsumeContext<StudentStatusChanged> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Apply(context.Message);
    }
}
