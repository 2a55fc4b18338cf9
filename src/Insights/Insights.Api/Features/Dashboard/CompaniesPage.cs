namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// <c>GET /api/insights/companies</c>: one page of companies with placements started (or surveys answered) in the range,
/// and the programme's average student survey score beside theirs. <see cref="Suppressed"/> (no rows) when the students
/// counted are fewer than <see cref="Privacy.Minimum"/>; <see cref="ProgrammeAverage"/> needs that many answered surveys.
/// </summary>
public sealed record CompaniesPage(
    bool Suppressed,
    int Minimum,
    int Total,
    int Page,
    int PageSize,
    double? ProgrammeAverage,
    int ProgrammeResponses,
    IReadOnlyList<CompanyRow> Items);
