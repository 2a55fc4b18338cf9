using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class StudentUpdatedConsumer(InternshipsDbContext db) : IConsumer<StudentUpdated>
{
    public async Task Consume(ConsumeContext<StudentUpdated> context)
    {
        var e = context.Message;
        var student = await db.FindOrAddAsync(e.StudentId, context.CancellationToken);
        if (student.Erased)
        {
            return;
        }

        if (e.Version > student.BasicVersion)
        {
            student.FirstName = e.FirstName;
            student.LastName = e.LastName;
            student.DateOfBirth = e.DateOfBirth;
            student.HomePostcode = e.HomePostcode;
            student.Latitude = e.HomeLatitude;
            student.Longitude = e.HomeLongitude;
            student.Cohort = e.Cohort;
            student.BasicVersion = e.Version;
        }

        if (e.Version > student.StatusVersion)
        {
            student.Status = e.Status;
            student.StatusVersion = e.Version;
        }
    }
}
