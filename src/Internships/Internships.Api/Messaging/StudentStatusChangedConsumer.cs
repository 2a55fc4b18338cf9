using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class StudentStatusChangedConsumer(InternshipsDbContext db) : IConsumer<StudentStatusChanged>
{
    public async Task Consume(ConsumeContext<StudentStatusChanged> context)
    {
        var e = context.Message;
        var student = await db.FindOrAddAsync(e.StudentId, context.CancellationToken);
        if (e.Version > student.StatusVersion)
        {
            student.Status = e.Status;
            student.StatusVersion = e.Version;
        }
    }
}
