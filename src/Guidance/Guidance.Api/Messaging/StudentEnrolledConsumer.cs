using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class StudentEnrolledConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<StudentEnrolled>
{
    public async Task Consume(ConsumeContext<StudentEnrolled> context)
    {
        var e = context.Message;
        var copy = await StudentCopies.ForUpdateAsync(db, e.StudentId, context.CancellationToken);
        if (copy is null)
        {
            return;
        }

        if (e.Version > copy.RecordVersion)
        {
            copy.StudentNumber = e.StudentNumber;
            copy.FirstName = e.FirstName;
            copy.LastName = e.LastName;
            copy.Cohort = e.Cohort;
            copy.RecordVersion = e.Version;
        }

        if (e.Version > copy.EnrolmentVersion)
        {
            EnrolmentChangedConsumer.Apply(copy, e.Enrolment, e.Version);
        }

        if (e.MentorStaffId is not null && e.Version > copy.MentorVersion)
        {
            copy.MentorStaffId = e.MentorStaffId;
            copy.MentorVersion = e.Version;
        }

        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }
}
