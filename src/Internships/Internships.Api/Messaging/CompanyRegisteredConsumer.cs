using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class CompanyRegisteredConsumer(InternshipsDbContext db) : IConsumer<CompanyRegistered>
{
    public Task Consume(ConsumeContext<CompanyRegistered> context)
    {
        var e = context.Message;
        return db.ApplyCompanyAsync(e.CompanyId, e.Name, e.Sector, e.Active, e.Locations, e.Offers, e.Version, context.CancellationToken);
    }
}
