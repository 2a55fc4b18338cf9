using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class CapacityPublishedConsumer(InternshipsDbContext db) : IConsumer<CapacityPublished>
{
    public async Task Consume(ConsumeContext<CapacityPublished> context)
    {
        var e = context.Message;
        var capacity = await db.Capacity.FirstOrDefaultAsync(
            c => c.CompanyId == e.CompanyId && c.PeriodId == e.PeriodId && c.Crebo == e.Crebo, context.CancellationToken);
        if (capacity is null)
        {
            capacity = new CapacityCopy { CompanyId = e.CompanyId, PeriodId = e.PeriodId, Crebo = e.Crebo };
            db.Capacity.Add(capacity);
        }
        else if (e.Version <= capacity.Version)
        {
            return;
        }

        capacity.PeriodName = e.PeriodName;
        capacity.PeriodStart = e.PeriodStart;
        capacity.PeriodEnd = e.PeriodEnd;
        capacity.Places = e.Places;
        capacity.Version = e.Version;
    }
}
