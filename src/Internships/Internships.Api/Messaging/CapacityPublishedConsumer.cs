using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class CapacityPublishedConsumer(InternshipsDbContext db) : IConsumer<CapacityPublished>
{
    public async Task Consume(ConsumeContext<CapacityPublished> context)
    {
        var e = context.Message;
        var capacity = await db.CapacityAsync(e.CompanyId, e.PeriodId, e.Crebo, context.CancellationToken);
        capacity.Apply(e);
    }
}
