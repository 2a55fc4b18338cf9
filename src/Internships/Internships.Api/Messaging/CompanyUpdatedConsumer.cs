using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class CompanyUpdatedConsumer(InternshipsDbContext db) : IConsumer<CompanyUpdated>
{
    public async Task Consume(ConsumeContext<CompanyUpdated> context)
    {
        var company = await db.CompanyAsync(context.Message.CompanyId, context.CancellationToken);
        company.Apply(context.Message);
    }
}
