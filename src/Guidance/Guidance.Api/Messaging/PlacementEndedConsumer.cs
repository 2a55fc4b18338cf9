using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementEndedConsumer(GuidanceDbContext db, ProgressProjector projector, SignalRules rules) : IConsumer<PlacementEnded>
{
    public async Task Consume(ConsumeContext<PlacementEnded> context)
    {
        var e = context.Message;
        var (copy, applied) = await InternshipsCopies.ApplyAsync(db, e.Placement, e.Version, context.CancellationToken);
        if (copy is null)
        {
            return;
        }

        if (applied)
        {
            copy.EndedOn = e.EndedOn;
            copy.EndedEarly = e.EndedEarly;
            copy.EndReason = e.Reason;
        }

        // Raised even when a newer snapshot arrived first: the early end happened, and the rule raises it once.
        if (e.EndedEarly)
        {
            await rules.PlacementEndedEarlyAsync(copy, e.EndedOn, e.Reason, context.CancellationToken);
        }

        await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
    }
}
