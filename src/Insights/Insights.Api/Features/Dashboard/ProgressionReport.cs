namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// <c>GET /api/insights/progression</c>: students whose intake (in the range) recorded a progression wish, per wish how
/// many plans follow it up with a goal, how many met it, and what became of them. Suppressed under
/// <see cref="Privacy.Minimum"/> students; a wish under it shows no figures.
/// </summary>
public sealed record ProgressionReport(bool Suppressed, int Minimum, int? StudentsWithIntake, IReadOnlyList<WishFigures> Wishes);
