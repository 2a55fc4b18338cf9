using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementProposedConsumer(GuidanceDbContext db) : IConsumer<PlacementProposed>
{
    public Task Consume(ConsumeContext<PlacementProposed> context) =>
        InternshipsCopies.ApplyAsync(db, context.Message.Placement, context.Message.Version, context.CancellationToken);
}
