using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class MentorAssignedConsumer(InternshipsDbContext db) : IConsumer<MentorAssigned>
{
    public async Task Consume(ConsumeContext<MentorAssigned> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Apply(context.Message);
    }
}
