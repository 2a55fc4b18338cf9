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
        var copy = await StudentCopies.FindOrAddAsync(db, e.StudentId, context.CancellationToken);
        copy.Apply(e);
        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }
}
