using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class StudentEnrolledConsumer(InternshipsDbContext db) : IConsumer<StudentEnrolled>
{
    public async Task Consume(ConsumeContext<StudentEnrolled> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Apply(context.Message);
    }
}
