using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.LocalCopies;

namespace PartnershipHub.Guidance.Messaging;

public sealed class EnrolmentChangedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<EnrolmentChanged>
{
    public async Task Consume(ConsumeContext<EnrolmentChanged> context)
    {
        var e = context.Message;
        var copy = await StudentCopies.ForUpdateAsync(db, e.StudentId, context.CancellationToken);
        if (copy is not null && e.Version > copy.EnrolmentVersion)
        {
            Apply(copy, e.Enrolment, e.Version);
        }

        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }

    internal static void Apply(StudentCopy copy, Enrolment enrolment, long version)
    {
        copy.EnrolmentId = enrolment.EnrolmentId;
        copy.Crebo = enrolment.Crebo;
        copy.QualificationName = enrolment.QualificationName;
        copy.Level = enrolment.Level;
        copy.Route = enrolment.Route;
        copy.EnrolmentStart = enrolment.StartDate;
        copy.ExpectedEnd = enrolment.ExpectedEndDate;
        copy.EnrolmentVersion = version;
    }
}
