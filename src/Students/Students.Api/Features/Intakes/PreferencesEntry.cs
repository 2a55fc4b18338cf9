namespace PartnershipHub.Students.Features.Intakes;

public sealed record PreferencesEntry(IReadOnlyList<string>? Sectors, int? MaxTravelKm, IReadOnlyList<AvoidedCompanyEntry>? AvoidCompanies);
