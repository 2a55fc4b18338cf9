using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class CompanyRegisteredConsumer(InternshipsDbContext db) : IConsumer<CompanyRegistered>
{
    public async Task Consume(ConsumeContext<CompanyRegistered> context)
    {
        var company = await db.CompanyAsync(context.Message.CompanyId, context.CancellationToken);
        company.Apply(context.Message);
    }
}
