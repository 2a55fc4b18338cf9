using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

public sealed record HoursWeek(DateOnly WeekStart, decimal Hours, string Status, IReadOnlyList<HoursDay> Days);
