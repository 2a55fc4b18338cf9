namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// <c>GET /api/insights/early-leaving</c>: placements started in the range and how many ended early (by month since the
/// start and reason), and enrolments running in the range and how many left early. Suppressed (no figures) when the
/// students counted are fewer than <see cref="Privacy.Minimum"/>.
/// </summary>
public sealed record EarlyLeavingReport(bool Suppressed, int Minimum, int? Students, PlacementLeaving? Placements, EnrolmentLeaving? Enrolments);
