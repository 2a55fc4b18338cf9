namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// <c>GET /api/insights/assessments</c>: students assessed in the range, how many show a school–work discrepancy (on
/// some criterion, the latest level a teacher or mentor gave and the latest a trainer gave in the range are two or more
/// apart), and per criterion the average level by quarter. Suppressed under <see cref="Privacy.Minimum"/> students.
/// </summary>
public sealed record AssessmentsReport(
    bool Suppressed,
    int Minimum,
    int? StudentsAssessed,
    int? StudentsWithDiscrepancy,
    double? DiscrepancyShare,
    IReadOnlyList<CriterionTrend> Criteria);
