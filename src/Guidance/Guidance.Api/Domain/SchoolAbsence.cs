using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// Absence from school on one day (or one week), from the student information system's export or entered by the
/// mentor. The natural key is (student, date, period, source): a second import of the same row finds it and changes
/// nothing, a changed value for the key replaces the stored one.
/// </summary>
public sealed class SchoolAbsence
{
    /// <summary>Most a day can hold; a school day is far shorter, so more is a typing error.</summary>
    public const decimal MaxDayHours = 12m;

    /// <summary>Most a week row can hold (five long days).</summary>
    public const decimal MaxWeekHours = 60m;

    public const int MaxReasonCodeLength = 20;

    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    /// <summary>The day; for a week row the week's Monday.</summary>
    public DateOnly Date { get; set; }

    public AbsencePeriod Period { get; set; }

    public AbsenceSource Source { get; set; }

    public decimal Hours { get; set; }

    public bool Authorised { get; set; }

    /// <summary>The information system's reason code (e.g. "ZK"), never a free-text reason.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>The import that last wrote the row; null for a mentor's entry.</summary>
    public Guid? ImportId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The first day after what the row covers.</summary>
    public DateOnly EndExclusive => Period == AbsencePeriod.Week ? Date.AddDays(7) : Date.AddDays(1);

    public static SchoolAbsence ByMentor(Guid studentId, DateOnly date, decimal hours, bool authorised, string? reasonCode, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        StudentId = studentId,
        Date = date,
        Period = AbsencePeriod.Day,
        Source = AbsenceSource.Mentor,
        Hours = hours,
        Authorised = authorised,
        ReasonCode = reasonCode,
        RecordedBy = by,
        RecordedAt = now,
    };

    /// <summary>Replaces the values of a mentor's entry for the same day; false when nothing differs.</summary>
    public bool Replace(decimal hours, bool authorised, string? reasonCode, string by, DateTimeOffset now)
    {
        if (Hours == hours && Authorised == authorised && ReasonCode == reasonCode)
        {
            return false;
        }

        Hours = hours;
        Authorised = authorised;
        ReasonCode = reasonCode;
        RecordedBy = by;
        RecordedAt = now;
        return true;
    }

    /// <summary>The error for hours that cannot be one day's (or week's) absence; null when they can.</summary>
    public static string? HoursError(AbsencePeriod period, decimal hours)
    {
        var max = period == AbsencePeriod.Week ? MaxWeekHours : MaxDayHours;
        if (hours <= 0 || hours > max)
        {
            return $"More than 0 and at most {max} hours for a {period.ToString().ToLowerInvariant()}.";
        }

        return decimal.Round(hours, 2) != hours ? "At most two decimals." : null;
    }

    /// <summary>
    /// The error for a date outside the student's enrolment as Guidance knows it (from its start to its expected end,
    /// when known) or in the future; null when it is inside. A week counts from its Monday, which must be one.
    /// </summary>
    public static string? DateError(AbsencePeriod period, DateOnly date, DateOnly? enrolmentStart, DateOnly? enrolmentEnd, DateOnly today)
    {
        if (period == AbsencePeriod.Week && date.DayOfWeek != DayOfWeek.Monday)
        {
            return "A week row is dated on the week's Monday.";
        }

        if (date > today)
        {
            return "Absence cannot be recorded ahead of time.";
        }

        var lastDay = period == AbsencePeriod.Week ? date.AddDays(6) : date;
        if ((enrolmentStart is { } start && lastDay < start) || (enrolmentEnd is { } end && date > end))
        {
            return $"Outside the student's enrolment ({enrolmentStart:yyyy-MM-dd} to {(enrolmentEnd is { } e ? e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}).";
        }

        return null;
    }

    /// <summary>A reason code: letters, digits, '-' or '_', at most 20; free text does not belong here.</summary>
    public static string? ReasonCodeError(string? reasonCode) =>
        reasonCode is null || (reasonCode.Length <= MaxReasonCodeLength && reasonCode.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            ? null
            : $"A code of at most {MaxReasonCodeLength} letters, digits, '-' or '_'.";

    /// <summary>Checks a mentor's entry; throws a 400 naming the field.</summary>
    public static void Validate(DateOnly date, decimal hours, string? reasonCode, StudentCopy student, DateOnly today)
    {
        if (HoursError(AbsencePeriod.Day, hours) is { } hoursError)
        {
            throw new FieldValidationException("hours", hoursError);
        }

        if (DateError(AbsencePeriod.Day, date, student.EnrolmentStart, student.ExpectedEnd, today) is { } dateError)
        {
            throw new FieldValidationException("date", dateError);
        }

        if (ReasonCodeError(reasonCode) is { } reasonError)
        {
            throw new FieldValidationException("reasonCode", reasonError);
        }
    }
}
