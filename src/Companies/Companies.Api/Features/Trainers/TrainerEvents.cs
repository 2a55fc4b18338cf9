using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;

namespace PartnershipHub.Companies.Features.Trainers;

/// <summary>Trainer changes as integration events on the outbox, each with the company's next version.</summary>
public static class TrainerEvents
{
    /// <summary>Registered, changed or active again: consumers get the trainer's current profile either way.</summary>
    public static void TrainerRegistered(this CompaniesDbContext db, Company company, Trainer trainer) =>
        db.EnqueueEvent(new TrainerRegistered(
            trainer.Id, company.Id, trainer.Name, trainer.Email, trainer.Phone, trainer.Crebos, trainer.MaxStudents, company.NextVersion()));

    public static void TrainerDeactivated(this CompaniesDbContext db, Company company, Trainer trainer) =>
        db.EnqueueEvent(new TrainerDeactivated(trainer.Id, company.Id, company.NextVersion()));

    public static void TrainerErased(this CompaniesDbContext db, Company company, Trainer trainer) =>
        db.EnqueueEvent(new TrainerErased(trainer.Id, company.Id, company.NextVersion()));
}
