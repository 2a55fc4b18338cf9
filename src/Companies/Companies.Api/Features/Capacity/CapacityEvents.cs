using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;

namespace PartnershipHub.Companies.Features.Capacity;

/// <summary>Published places as integration events on the outbox, each with the company's next version.</summary>
public static class CapacityEvents
{
    public static void CapacityPublished(this CompaniesDbContext db, Company company, Period period, CapacityEntry entry) =>
        db.EnqueueEvent(new CapacityPublished(
            company.Id, period.Id, period.Name, period.Start, period.End, entry.Crebo, entry.Places, company.NextVersion()));
}
