namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>A student's absence over the weeks asked for: per week in total, and every record, newest first.</summary>
public sealed record StudentAbsenceResponse(
    Guid StudentId,
    DateOnly From,
    IReadOnlyList<AbsenceWeek> Weeks,
    IReadOnlyList<SchoolAbsenceResponse> School,
    IReadOnlyList<WorkplaceAbsenceResponse> Workplace);
