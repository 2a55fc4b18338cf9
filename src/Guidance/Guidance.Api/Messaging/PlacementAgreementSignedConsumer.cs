using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementAgreementSignedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<PlacementAgreementSigned>
{
    public async Task Consume(ConsumeContext<PlacementAgreementSigned> context)
    {
        var (copy, applied) = await InternshipsCopies.ApplyAsync(db, context.Message.Placement, context.Message.Version, context.CancellationToken);
        if (copy is not null && applied)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
