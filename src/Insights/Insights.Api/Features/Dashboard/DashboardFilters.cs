namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary><c>GET /api/insights/filters</c>: the programmes, cohorts and periods the caller may filter on.</summary>
public sealed record DashboardFilters(IReadOnlyList<ProgrammeOption> Programmes, IReadOnlyList<string> Cohorts, IReadOnlyList<PeriodOption> Periods);
