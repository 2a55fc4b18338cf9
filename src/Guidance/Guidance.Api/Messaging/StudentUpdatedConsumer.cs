using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class StudentUpdatedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<StudentUpdated>
{
    public async Task Consume(ConsumeContext<StudentUpdated> context)
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

        if (e.Version > copy.StatusVersion)
        {
            copy.Status = e.Status;
            copy.StatusVersion = e.Version;
        }

        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }
}
