namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>One week's absence (school and workplace together), Monday to Sunday.</summary>
public sealed record AbsenceWeek(DateOnly WeekStart, decimal AuthorisedHours, decimal UnauthorisedHours);
