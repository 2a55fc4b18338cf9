using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class CompanyUpdatedConsumer(InternshipsDbContext db) : IConsumer<CompanyUpdated>
{
    public Task Consume(ConsumeContext<CompanyUpdated> context)
    {
        var e = context.Message;
        return db.ApplyCompanyAsync(e.CompanyId, e.Name, e.Sector, e.Active, e.Locations, e.Offers, e.Version, context.CancellationToken);
    }
}
