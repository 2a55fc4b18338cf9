namespace PartnershipHub.Internships.Features.Placements;

/// <summary>The query of <c>GET /api/placements</c>: every filter applies in the database before the page is cut.</summary>
public sealed record PlacementFilter(
    Guid? StudentId,
    Guid? CompanyId,
    Guid? PeriodId,
    string? Status,
    bool? AtRisk,
    Guid? MentorStaffId,
    Guid? TeacherStaffId,
    string? Search,
    int? Page,
    int? PageSize);
