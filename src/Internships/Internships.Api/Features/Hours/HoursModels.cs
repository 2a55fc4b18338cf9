using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

public sealed record LogHoursRequest(decimal? Hours, string? Description);

public sealed record RejectWeekRequest(string? Comment);

public sealed record HoursDay(DateOnly Date, decimal Hours, string? Description, HoursStatus Status, string? DecisionComment);

public sealed record HoursWeek(DateOnly WeekStart, decimal Hours, string Status, IReadOnlyList<HoursDay> Days);

public sealed record HoursOverview(int PlannedHours, decimal LoggedHours, decimal ApprovedHours, double Progress, IReadOnlyList<HoursWeek> Weeks);
