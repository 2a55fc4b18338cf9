namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>A mentor's entry of one day's school absence; a second entry for the same day replaces it.</summary>
public sealed record SchoolAbsenceRequest(DateOnly? Date, decimal? Hours, bool? Authorised, string? ReasonCode);
