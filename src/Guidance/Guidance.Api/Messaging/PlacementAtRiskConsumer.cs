using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementAtRiskConsumer(GuidanceDbContext db, ProgressProjector projector, SignalRules rules) : IConsumer<PlacementAtRisk>
{
    public async Task Consume(ConsumeContext<PlacementAtRisk> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        if (copy is not null)
        {
            // Raised even when a newer snapshot arrived first: the risk was reported.
            copy.Apply(e.Placement, e.Version);
            await rules.PlacementAtRiskAsync(copy, e.Risk, e.Detail, DateOnly.FromDateTime(e.OccurredAt.UtcDateTime), context.CancellationToken);
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
