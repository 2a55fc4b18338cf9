using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class AccreditationGrantedConsumer(InternshipsDbContext db) : IConsumer<AccreditationGranted>
{
    public async Task Consume(ConsumeContext<AccreditationGranted> context)
    {
        var e = context.Message;
        var accreditation = await db.Accreditations.FirstOrDefaultAsync(a => a.CompanyId == e.CompanyId && a.Crebo == e.Crebo, context.CancellationToken);
        if (accreditation is null)
        {
            accreditation = new AccreditationCopy { CompanyId = e.CompanyId, Crebo = e.Crebo };
            db.Accreditations.Add(accreditation);
        }
        else if (e.Version <= accreditation.Version)
        {
            return;
        }

        accreditation.AllowsBol = e.Routes.Contains(LearningRoute.Bol);
        accreditation.AllowsBbl = e.Routes.Contains(LearningRoute.Bbl);
        accreditation.ValidFrom = e.ValidFrom;
        accreditation.ValidTo = e.ValidTo;
        accreditation.RevokedOn = null;
        accreditation.Version = e.Version;
    }
}
