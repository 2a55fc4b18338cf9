using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;

namespace PartnershipHub.Companies.Events;

/// <summary>
/// Turns a company's changes into integration events on the outbox. Each event takes the company's next version,
/// so every event about one company has a higher version than the one before it.
/// </summary>
public static class CompanyEvents
{
    public static void CompanyRegistered(this CompaniesDbContext db, Company company) => db.EnqueueEvent(Registered(company));

    public static void CompanyUpdated(this CompaniesDbContext db, Company company) => db.EnqueueEvent(Updated(company));

    /// <summary>The event without enqueueing it, for the import, which writes a batch's events to the outbox by COPY.</summary>
    public static CompanyRegistered Registered(Company company)
    {
        var version = company.NextVersion();
        return new CompanyRegistered(
            company.Id, company.Name, company.KvkNumber, company.Sector, company.Active, Locations(company), company.Cooperation.Offers, version);
    }

    /// <inheritdoc cref="Registered"/>
    public static CompanyUpdated Updated(Company company)
    {
        var version = company.NextVersion();
        return new CompanyUpdated(
            company.Id, company.Name, company.KvkNumber, company.Sector, company.Active, Locations(company), company.Cooperation.Offers, version);
    }

    public static void AccreditationGranted(this CompaniesDbContext db, Company company, Accreditation accreditation) =>
        db.EnqueueEvent(new AccreditationGranted(
            company.Id, accreditation.Crebo, accreditation.Routes, accreditation.ValidFrom, accreditation.ValidTo, company.NextVersion()));

    public static void AccreditationRevoked(this CompaniesDbContext db, Company company, Accreditation accreditation) =>
        db.EnqueueEvent(new AccreditationRevoked(
            company.Id, accreditation.Crebo, accreditation.RevocationReason ?? "", accreditation.RevokedOn!.Value, company.NextVersion()));

    /// <summary>Registered, changed or active again: consumers get the trainer's current profile either way.</summary>
    public static void TrainerRegistered(this CompaniesDbContext db, Company company, Trainer trainer) =>
        db.EnqueueEvent(new TrainerRegistered(
            trainer.Id, company.Id, trainer.Name, trainer.Email, trainer.Phone, trainer.Crebos, trainer.MaxStudents, company.NextVersion()));

    public static void TrainerDeactivated(this CompaniesDbContext db, Company company, Trainer trainer) =>
        db.EnqueueEvent(new TrainerDeactivated(trainer.Id, company.Id, company.NextVersion()));

    public static void CapacityPublished(this CompaniesDbContext db, Company company, Period period, CapacityEntry entry) =>
        db.EnqueueEvent(new CapacityPublished(
            company.Id, period.Id, period.Name, period.Start, period.End, entry.Crebo, entry.Places, company.NextVersion()));

    private static List<Contracts.CompanyLocation> Locations(Company company) =>
        company.Locations
            .OrderBy(l => l.Position)
            .Select(l => new Contracts.CompanyLocation(l.Id, l.Street, l.Postcode, l.City, l.Latitude, l.Longitude))
            .ToList();
}
