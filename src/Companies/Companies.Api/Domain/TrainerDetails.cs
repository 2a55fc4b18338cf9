using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Companies.Domain;

/// <summary>A workplace trainer's validated profile.</summary>
public sealed record TrainerDetails(string Name, string Email, string? Phone, IReadOnlyList<string> Crebos, int MaxStudents, bool Active)
{
    /// <summary>DOMAIN.md: a trainer supervises 1–6 students; allow some headroom for large companies.</summary>
    public const int MaxStudentsLimit = 20;

    public static TrainerDetails Create(string? name, string? email, string? phone, IEnumerable<string?>? crebos, int maxStudents, bool active)
    {
        var validCrebos = (crebos ?? []).Select((crebo, index) => Crebo.Parse(crebo, $"crebos[{index}]")).Distinct().Order().ToList();
        if (maxStudents is < 1 or > MaxStudentsLimit)
        {
            throw new FieldValidationException("maxStudents", $"A trainer supervises between 1 and {MaxStudentsLimit} students at once.");
        }

        return new TrainerDetails(
            Text.Required(name, "name"),
            Text.RequiredEmail(email, "email"),
            Text.Optional(phone, "phone", 30),
            validCrebos,
            maxStudents,
            active);
    }
}
