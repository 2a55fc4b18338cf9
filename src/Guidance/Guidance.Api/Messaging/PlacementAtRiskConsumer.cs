using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementAtRiskConsumer(GuidanceDbContext db, ProgressProjector projector, SignalRules rules) : IConsumer<PlacementAtRisk>
{
    public async Task Consume(ConsumeContext<PlacementAtRisk> context)
    {
        var e = context.Message;
        var (copy, _) = await InternshipsCopies.ApplyAsync(db, e.Placement, e.Version, context.CancellationToken);
        if (copy is not null)
        {
            await rules.PlacementAtRiskAsync(copy, e.Risk, e.Detail, DateOnly.FromDateTime(e.OccurredAt.UtcDateTime), context.CancellationToken);
        }

        if (copy is not null)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
