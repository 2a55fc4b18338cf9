namespace PartnershipHub.Internships.Features.Matching;

/// <summary>What a new placement is for: the period, its dates and hours, the crebo (null: the student's own) and the run it came from, if any.</summary>
public sealed record PlacementTerms(Guid PeriodId, DateOnly StartDate, DateOnly EndDate, int PlannedHours, string? Crebo, Guid? RunId);
