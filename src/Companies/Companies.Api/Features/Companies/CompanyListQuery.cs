namespace PartnershipHub.Companies.Features.Companies;

/// <summary>Filters of <c>GET /api/companies</c>; <c>near</c> is a postcode (PC4 "3511" or full "3511 AB").</summary>
public sealed record CompanyListQuery(
    string? Text,
    string? Crebo,
    bool? Active,
    string? Near,
    double? RadiusKm,
    int? Page,
    int? PageSize);
