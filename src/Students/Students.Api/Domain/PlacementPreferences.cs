namespace PartnershipHub.Students.Domain;

/// <summary>What the student wants from an internship place; matching in Internships reads these.</summary>
public sealed record PlacementPreferences(IReadOnlyList<string> Sectors, int? MaxTravelKm, IReadOnlyList<CompanyToAvoid> AvoidCompanies)
{
    public const int MaxTravelKmLimit = 300;

    public static PlacementPreferences None { get; } = new([], null, []);
}
