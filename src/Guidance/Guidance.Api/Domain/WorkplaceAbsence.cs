using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// Hours a student missed at the company on one day, reported by the workplace trainer. One per (placement, day): a
/// second report of the day replaces the first (the trainer corrects it).
/// </summary>
public sealed class WorkplaceAbsence
{
    public const decimal MaxHours = 12m;

    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Guid PlacementId { get; set; }

    public Guid CompanyId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }

    /// <summary>Reported in time (e.g. called in sick before the start of the day) or otherwise agreed.</summary>
    public bool Authorised { get; set; }

    public string ReportedBy { get; set; } = "";

    public DateTimeOffset ReportedAt { get; set; }

    public static WorkplaceAbsence Report(PlacementCopy placement, DateOnly date, decimal hours, bool authorised, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        StudentId = placement.StudentId,
        PlacementId = placement.Id,
        CompanyId = placement.CompanyId,
        Date = date,
        Hours = hours,
        Authorised = authorised,
        ReportedBy = by,
        ReportedAt = now,
    };

    /// <summary>The trainer's correction of the day; false when nothing differs.</summary>
    public bool Replace(decimal hours, bool authorised, string by, DateTimeOffset now)
    {
        if (Hours == hours && Authorised == authorised)
        {
            return false;
        }

        Hours = hours;
        Authorised = authorised;
        ReportedBy = by;
        ReportedAt = now;
        return true;
    }

    /// <summary>Checks a report: hours of one day, a date within the placement's period and not ahead; throws a 400 naming the field.</summary>
    public static void Validate(PlacementCopy placement, DateOnly date, decimal hours, DateOnly today)
    {
        if (hours <= 0 || hours > MaxHours || decimal.Round(hours, 2) != hours)
        {
            throw new FieldValidationException("hours", $"More than 0 and at most {MaxHours} hours, at most two decimals.");
        }

        if (date > today)
        {
            throw new FieldValidationException("date", "Absence cannot be reported ahead of time.");
        }

        if (date < placement.StartDate || date > placement.EndDate)
        {
            throw new FieldValidationException("date", $"Outside the placement ({placement.StartDate:yyyy-MM-dd} to {placement.EndDate:yyyy-MM-dd}).");
        }
    }
}
