namespace PartnershipHub.Companies.Features.Companies;

/// <summary>
/// Filters of <c>GET /api/companies</c>; <c>near</c> is a postcode (PC4 "3511" or full "3511 AB"), <c>city</c> the start
/// of a location's place name, <c>accredited</c> whether a current accreditation exists (for <c>crebo</c> when given),
/// <c>withPlaces</c> whether places are published in <c>periodId</c> (else in a period that has not ended).
/// </summary>
public sealed record CompanyListQuery(
    string? Text,
    string? Crebo,
    bool? Active,
    string? Near,
    double? RadiusKm,
    int? Page,
    int? PageSize,
    string? City = null,
    bool? Accredited = null,
    bool? WithPlaces = null,
    Guid? PeriodId = null);
