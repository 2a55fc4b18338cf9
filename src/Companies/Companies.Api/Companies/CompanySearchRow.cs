namespace PartnershipHub.Companies.Companies;

/// <summary>One row of the company list as its SQL returns it, with the total number of matches (a window count).</summary>
public sealed record CompanySearchRow(
    Guid Id, string Name, string KvkNumber, string? Sector, bool Active, string? City, string? Postcode, double? DistanceKm, long Total);
