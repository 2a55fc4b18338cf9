using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>
/// A lifted risk flag updates the placement copy and the progress view. An open signal raised for the risk stays
/// open: the mentor resolves it with a note, as with every signal.
/// </summary>
public sealed class PlacementRiskClearedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<PlacementRiskCleared>
{
    public async Task Consume(ConsumeContext<PlacementRiskCleared> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        if (copy?.Apply(e.Placement, e.Version) == true)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
