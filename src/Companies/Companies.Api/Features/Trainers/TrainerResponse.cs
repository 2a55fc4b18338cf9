using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Features.Trainers;

/// <summary>A trainer's record; an erased one (<c>erased</c>) has an empty name and e-mail, for the portal to show as "erased trainer".</summary>
public sealed record TrainerResponse(Guid Id, Guid CompanyId, string Name, string Email, string? Phone, IReadOnlyList<string> Crebos, int MaxStudents, bool Active, bool Erased = false)
{
    public static TrainerResponse From(Trainer trainer) =>
        new(trainer.Id, trainer.CompanyId, trainer.Name, trainer.IsErased ? "" : trainer.Email, trainer.Phone, [.. trainer.Crebos], trainer.MaxStudents, trainer.Active, trainer.IsErased);
}
