namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>A trainer's report of the hours a student missed at the company on one day; a second report of the day replaces it.</summary>
public sealed record WorkplaceAbsenceRequest(DateOnly? Date, decimal? Hours, bool? Authorised);
