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
        var (copy, applied) = await InternshipsCopies.ApplyAsync(db, e.Placement, e.Version, context.CancellationToken);
        if (copy is not null && applied)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
