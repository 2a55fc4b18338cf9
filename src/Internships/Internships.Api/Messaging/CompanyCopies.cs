using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

/// <summary>
/// Finds or starts the copies of a company's facts; the copy types decide which version wins. No lock: the inbox runs
/// deliveries about one company one after the other (their key, docs/decisions/0016).
/// </summary>
internal static class CompanyCopies
{
    public static async Task<CompanyCopy> CompanyAsync(this InternshipsDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        var company = await db.Companies.FindAsync([companyId], cancellationToken);
        if (company is null)
        {
            company = new CompanyCopy { Id = companyId };
            db.Companies.Add(company);
        }

        return company;
    }

    public static async Task<AccreditationCopy> AccreditationAsync(this InternshipsDbContext db, Guid companyId, string crebo, CancellationToken cancellationToken)
    {
        var accreditation = await db.Accreditations.FirstOrDefaultAsync(a => a.CompanyId == companyId && a.Crebo == crebo, cancellationToken);
        if (accreditation is null)
        {
            accreditation = new AccreditationCopy { CompanyId = companyId, Crebo = crebo };
            db.Accreditations.Add(accreditation);
        }

        return accreditation;
    }

    public static async Task<TrainerCopy> TrainerAsync(this InternshipsDbContext db, Guid trainerId, CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.FindAsync([trainerId], cancellationToken);
        if (trainer is null)
        {
            trainer = new TrainerCopy { Id = trainerId };
            db.Trainers.Add(trainer);
        }

        return trainer;
    }

    public static async Task<CapacityCopy> CapacityAsync(this InternshipsDbContext db, Guid companyId, Guid periodId, string crebo, CancellationToken cancellationToken)
    {
        var capacity = await db.Capacity.FirstOrDefaultAsync(c => c.CompanyId == companyId && c.PeriodId == periodId && c.Crebo == crebo, cancellationToken);
        if (capacity is null)
        {
            capacity = new CapacityCopy { CompanyId = companyId, PeriodId = periodId, Crebo = crebo };
            db.Capacity.Add(capacity);
        }

        return capacity;
    }
}
