using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class PlacementStartedConsumer(GuidanceDbContext db) : IConsumer<PlacementStarted>
{
    public Task Consume(ConsumeContext<PlacementStarted> context) =>
        InternshipsCopies.ApplyAsync(db, context.Message.Placement, context.Message.Version, context.CancellationToken);
}
