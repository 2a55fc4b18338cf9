using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class EnrolmentChangedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<EnrolmentChanged>
{
    public async Task Consume(ConsumeContext<EnrolmentChanged> context)
    {
        var e = context.Message;
        var copy = await StudentCopies.FindOrAddAsync(db, e.StudentId, context.CancellationToken);
        copy.Apply(e);
        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }
}
