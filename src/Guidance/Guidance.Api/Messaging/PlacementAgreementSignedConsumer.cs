using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementAgreementSignedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<PlacementAgreementSigned>
{
    public async Task Consume(ConsumeContext<PlacementAgreementSigned> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.PlacementAsync(db, e.Placement, context.CancellationToken);
        if (copy?.Apply(e.Placement, e.Version) == true)
        {
            await projector.RefreshAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
