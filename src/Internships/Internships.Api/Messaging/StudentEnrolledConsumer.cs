using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class StudentEnrolledConsumer(InternshipsDbContext db) : IConsumer<StudentEnrolled>
{
    public async Task Consume(ConsumeContext<StudentEnrolled> context)
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

        if (e.Version > student.EnrolmentVersion)
        {
            student.Crebo = e.Enrolment.Crebo;
            student.Level = e.Enrolment.Level;
            student.Route = e.Enrolment.Route;
            student.EnrolmentVersion = e.Version;
        }

        if (e.Version > student.MentorVersion && e.MentorStaffId is not null)
        {
            student.MentorStaffId = e.MentorStaffId;
            student.MentorVersion = e.Version;
        }

        if (e.Version > student.StatusVersion)
        {
            student.Status = StudentStatus.Active;
            student.StatusVersion = e.Version;
        }
    }
}
