using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class EnrolmentChangedConsumer(InternshipsDbContext db) : IConsumer<EnrolmentChanged>
{
    public async Task Consume(ConsumeContext<EnrolmentChanged> context)
    {
        var e = context.Message;
        var student = await db.FindOrAddAsync(e.StudentId, context.CancellationToken);
        if (e.Version > student.EnrolmentVersion)
        {
            student.Crebo = e.Enrolment.Crebo;
            student.Level = e.Enrolment.Level;
            student.Route = e.Enrolment.Route;
            student.EnrolmentVersion = e.Version;
        }
    }
}
