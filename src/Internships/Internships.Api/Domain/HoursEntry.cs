using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// The hours a student worked on one day of a placement; the trainer decides per week. An approved day is final (a
/// database guard refuses any change); a mistake in it is put right by a correction, a new entry that points at the
/// approved one with <see cref="CorrectsId"/> and stands once the trainer approves it in turn.
/// </summary>
public sealed class HoursEntry
{
    private HoursEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public DateOnly Date { get; private set; }

    public DateOnly WeekStart { get; private set; }

    public decimal Hours { get; private set; }

    public string? Description { get; private set; }

    public HoursStatus Status { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionComment { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    /// <summary>The approved entry this one corrects; null for a day's first entry.</summary>
    public Guid? CorrectsId { get; private set; }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static HoursEntry Log(Placement placement, DateOnly date, decimal hours, string? description, DateTimeOffset now)
    {
        var entry = new HoursEntry { Id = Guid.NewGuid(), PlacementId = placement.Id, Date = date, WeekStart = MondayOf(date) };
        entry.Change(placement, hours, description, now);
        return entry;
    }

    /// <summary>Proposes other hours for an approved day; the approved entry stands until the trainer approves this one.</summary>
    public static HoursEntry Correct(HoursEntry approved, Placement placement, decimal hours, string? description, DateTimeOffset now)
    {
        if (approved.Status != HoursStatus.Approved)
        {
            throw new ConflictException("hours-not-approved", $"The hours of {approved.Date:yyyy-MM-dd} are not approved: change them instead of correcting them.");
        }

        var entry = new HoursEntry { Id = Guid.NewGuid(), PlacementId = placement.Id, Date = approved.Date, WeekStart = approved.WeekStart, CorrectsId = approved.Id };
        entry.Change(placement, hours, description, now);
        return entry;
    }

    /// <summary>
    /// The entries that count, one per day at most: the approved ones no approved correction has replaced. Reads use
    /// this, so a corrected day shows the corrected figure.
    /// </summary>
    public static IReadOnlyList<HoursEntry> ApprovedFigures(IReadOnlyCollection<HoursEntry> entries) =>
        [.. entries.Where(h => h.Status == HoursStatus.Approved && !entries.Any(c => c.CorrectsId == h.Id && c.Status == HoursStatus.Approved))];

    /// <summary>The latest entry of each day: the one no other entry corrects.</summary>
    public static IReadOnlyList<HoursEntry> Latest(IReadOnlyCollection<HoursEntry> entries) =>
        [.. entries.Where(h => !entries.Any(c => c.CorrectsId == h.Id))];

    /// <summary>Logs the day again; an approved day is final, a rejected or open one is replaced and waits for a decision.</summary>
    public void Change(Placement placement, decimal hours, string? description, DateTimeOffset now)
    {
        if (Status == HoursStatus.Approved)
        {
            throw new ConflictException("hours-approved", $"The hours of {Date:yyyy-MM-dd} are approved and can no longer change.");
        }

        if (Date < placement.StartDate || Date > placement.EndDate)
        {
            throw new FieldValidationException("date", $"The date lies outside the placement ({placement.StartDate:yyyy-MM-dd} – {placement.EndDate:yyyy-MM-dd}).");
        }

        if (hours is <= 0 or > 24)
        {
            throw new FieldValidationException("hours", "Hours per day are more than 0 and at most 24.");
        }

        // Stored with two decimals; more would be rounded silently and the week's total would not be what was sent.
        if (decimal.Round(hours, 2) != hours)
        {
            throw new FieldValidationException("hours", "Hours have at most two decimals (7.75 for 7 hours 45 minutes).");
        }

        Hours = hours;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Status = HoursStatus.Open;
        DecidedBy = null;
        DecidedAt = null;
        DecisionComment = null;
        LoggedAt = now;
    }

    public void Decide(bool approve, Guid? by, string? comment, DateTimeOffset now)
    {
        Status = approve ? HoursStatus.Approved : HoursStatus.Rejected;
        DecidedBy = by;
        DecidedAt = now;
        DecisionComment = comment;
    }
}
