using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;

namespace PartnershipHub.Companies.Features.Accreditations;

/// <summary>Accreditation changes as integration events on the outbox, each with the company's next version.</summary>
public static class AccreditationEvents
{
    public static void AccreditationGranted(this CompaniesDbContext db, Company company, Accreditation accreditation) =>
        db.EnqueueEvent(new AccreditationGranted(
            company.Id, accreditation.Crebo, accreditation.Routes, accreditation.ValidFrom, accreditation.ValidTo, company.NextVersion()));

    public static void AccreditationRevoked(this CompaniesDbContext db, Company company, Accreditation accreditation) =>
        db.EnqueueEvent(new AccreditationRevoked(
            company.Id, accreditation.Crebo, accreditation.RevocationReason ?? "", accreditation.RevokedOn!.Value, company.NextVersion()));
}
