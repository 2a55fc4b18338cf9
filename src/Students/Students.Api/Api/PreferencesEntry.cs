namespace PartnershipHub.Students.Api;

public sealed record PreferencesEntry(IReadOnlyList<string>? Sectors, int? MaxTravelKm, IReadOnlyList<AvoidedCompanyEntry>? AvoidCompanies);
