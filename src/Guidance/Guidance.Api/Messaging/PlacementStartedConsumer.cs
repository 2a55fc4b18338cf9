using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementStartedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<PlacementStarted>
{
    public async Task Consume(ConsumeContext<PlacementStarted> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        if (copy?.Apply(e) == true)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
