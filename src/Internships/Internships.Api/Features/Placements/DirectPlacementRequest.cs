namespace PartnershipHub.Internships.Features.Placements;

/// <summary>A student who found their own company, placed without a matching run; crebo, dates and hours default to the enrolment and the period.</summary>
public sealed record DirectPlacementRequest(
    Guid? StudentId,
    Guid? CompanyId,
    Guid? LocationId,
    string? Crebo,
    Guid? PeriodId,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? PlannedHours);
