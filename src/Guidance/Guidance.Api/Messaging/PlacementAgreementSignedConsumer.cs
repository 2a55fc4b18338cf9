using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementAgreementSignedConsumer(GuidanceDbContext db) : IConsumer<PlacementAgreementSigned>
{
    public Task Consume(ConsumeContext<PlacementAgreementSigned> context) =>
        InternshipsCopies.ApplyAsync(db, context.Message.Placement, context.Message.Version, context.CancellationToken);
}
