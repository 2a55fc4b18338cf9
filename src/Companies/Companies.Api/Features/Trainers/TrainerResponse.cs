using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Features.Trainers;

public sealed record TrainerResponse(Guid Id, Guid CompanyId, string Name, string Email, string? Phone, IReadOnlyList<string> Crebos, int MaxStudents, bool Active)
{
    public static TrainerResponse From(Trainer trainer) =>
        new(trainer.Id, trainer.CompanyId, trainer.Name, trainer.Email, trainer.Phone, [.. trainer.Crebos], trainer.MaxStudents, trainer.Active);
}
