using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class MentorAssignedConsumer(InternshipsDbContext db) : IConsumer<MentorAssigned>
{
    public async Task Consume(ConsumeContext<MentorAssigned> context)
    {
        var e = context.Message;
        var student = await db.FindOrAddAsync(e.StudentId, context.CancellationToken);
        if (e.Version > student.MentorVersion)
        {
            student.MentorStaffId = e.MentorStaffId;
            student.MentorVersion = e.Version;
        }
    }
}
