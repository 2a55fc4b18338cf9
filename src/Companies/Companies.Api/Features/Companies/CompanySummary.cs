namespace PartnershipHub.Companies.Features.Companies;

/// <summary>
/// A list row; <see cref="DistanceKm"/> is the great-circle distance of the nearest location when the list was asked
/// <c>near</c> a postcode. <see cref="Crebos"/> are the qualifications with a current accreditation; <see cref="Places"/>
/// the published places in the asked period (<c>periodId</c>), else in every period that has not ended.
/// </summary>
public sealed record CompanySummary(
    Guid Id, string Name, string KvkNumber, string? Sector, bool Active, string? City, string? Postcode, double? DistanceKm,
    IReadOnlyList<string>? Crebos = null, int Places = 0);
