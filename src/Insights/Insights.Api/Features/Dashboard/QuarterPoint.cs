namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// A criterion's levels (1–4) in one quarter (<c>2026-Q1</c>): the average over every assessor, how many assessments rated
/// it, the school's (teacher, mentor) and the workplace's (trainer) average. A quarter over fewer than
/// <see cref="Privacy.Minimum"/> students shows no figures (<see cref="Suppressed"/>).
/// </summary>
public sealed record QuarterPoint(string Quarter, double? AverageLevel, int? Assessments, double? School, double? Workplace, bool Suppressed);
