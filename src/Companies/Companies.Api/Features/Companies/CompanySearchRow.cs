namespace PartnershipHub.Companies.Features.Companies;

/// <summary>
/// One row of the company list as its SQL returns it, with the total number of matches (a window count). EF reads the
/// columns by their snake_case names (<c>kvk_number</c>, <c>distance_km</c>), as everywhere in the model.
/// </summary>
public sealed record CompanySearchRow(
    Guid Id, string Name, string KvkNumber, string? Sector, bool Active, string? City, string? Postcode, double? DistanceKm, long Total,
    string[] Crebos, int Places);
