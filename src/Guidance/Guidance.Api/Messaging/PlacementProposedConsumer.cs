using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementProposedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<PlacementProposed>
{
    public async Task Consume(ConsumeContext<PlacementProposed> context)
    {
        var (copy, applied) = await InternshipsCopies.ApplyAsync(db, context.Message.Placement, context.Message.Version, context.CancellationToken);
        if (copy is not null && applied)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
