using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

public sealed record HoursOverview(int PlannedHours, decimal LoggedHours, decimal ApprovedHours, double Progress, IReadOnlyList<HoursWeek> Weeks);
