namespace PartnershipHub.Companies.Features.Companies;

/// <summary>A list row; <see cref="DistanceKm"/> is the great-circle distance of the nearest location when the list was asked <c>near</c> a postcode.</summary>
public sealed record CompanySummary(
    Guid Id, string Name, string KvkNumber, string? Sector, bool Active, string? City, string? Postcode, double? DistanceKm);
