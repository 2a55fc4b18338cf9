using PartnershipHub.Companies.Domain;
using PartnershipHub.Contracts;

namespace PartnershipHub.Companies.Features.Accreditations;

public sealed record AccreditationResponse(
    string Crebo, IReadOnlyList<LearningRoute> Routes, DateOnly ValidFrom, DateOnly? ValidTo, bool Current, DateOnly? RevokedOn, string? RevocationReason)
{
    public static AccreditationResponse From(Accreditation accreditation, DateOnly today) => new(
        accreditation.Crebo, [.. accreditation.Routes], accreditation.ValidFrom, accreditation.ValidTo,
        accreditation.IsCurrentOn(today), accreditation.RevokedOn, accreditation.RevocationReason);
}
