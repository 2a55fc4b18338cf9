using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementProposedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<PlacementProposed>
{
    public async Task Consume(ConsumeContext<PlacementProposed> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        if (copy?.Apply(e.Placement, e.Version) == true)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
