using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementEndedConsumer(GuidanceDbContext db, ProgressProjector projector, SignalRules rules) : IConsumer<PlacementEnded>
{
    public async Task Consume(ConsumeContext<PlacementEnded> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        if (copy is null)
        {
            return;
        }

        copy.Apply(e);

        // Raised even when a newer snapshot arrived first: the early end happened, and the rule raises it once.
        if (e.EndedEarly)
        {
            await rules.PlacementEndedEarlyAsync(copy, e.EndedOn, e.Reason, context.CancellationToken);
        }

        await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
    }
}
