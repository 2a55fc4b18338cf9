using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// The dashboard's common filters, validated: <c>crebo</c> (5–6 digits), <c>cohort</c> (as Students writes it),
/// <c>periodId</c> (a known period: sets <c>from</c> and <c>to</c> to its dates), <c>from</c>/<c>to</c> (inclusive ISO
/// dates, <c>to</c> on or after <c>from</c>, at most <see cref="MaxYears"/> apart; default the last
/// <see cref="DefaultYears"/> years up to today). Each bad value is a 400 naming its field.
/// </summary>
public sealed record DashboardFilter(string? Crebo, string? Cohort, Guid? PeriodId, DateOnly From, DateOnly To)
{
    public const int DefaultYears = 3;

    public const int MaxYears = 5;

    public const int MaxCohortLength = 20;

    /// <summary>The first moment after <see cref="To"/> (UTC), for timestamps.</summary>
    public DateTimeOffset EndExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static async Task<DashboardFilter> ParseAsync(
        string? crebo, string? cohort, string? periodId, string? from, string? to, DateOnly today, InsightsDbContext db, CancellationToken cancellationToken)
    {
        var programme = ParseCrebo(crebo);
        var group = ParseCohort(cohort);
        if (!string.IsNullOrWhiteSpace(periodId))
        {
            if (!Guid.TryParse(periodId.Trim(), out var id))
            {
                throw new FieldValidationException("periodId", "A period id (a GUID).");
            }

            var period = await db.Periods.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Start, p.End }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new FieldValidationException("periodId", "No such period.");

            // The period's dates win, but a malformed from/to is still a mistake worth naming.
            ParseDate(from, "from");
            ParseDate(to, "to");
            return new DashboardFilter(programme, group, id, period.Start, period.End);
        }

        var last = ParseDate(to, "to");
        var first = ParseDate(from, "from");
        var end = last ?? (first is { } start && start > today ? start : today);
        var begin = first ?? end.AddYears(-DefaultYears);
        if (end < begin)
        {
            throw new FieldValidationException("to", "On or after 'from'.");
        }

        if (begin < end.AddYears(-MaxYears))
        {
            throw new FieldValidationException("from", $"At most {MaxYears} years before 'to'.");
        }

        return new DashboardFilter(programme, group, null, begin, end);
    }

    private static string? ParseCrebo(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var crebo = value.Trim();
        return crebo.Length is 5 or 6 && crebo.All(char.IsAsciiDigit)
            ? crebo
            : throw new FieldValidationException("crebo", "A crebo code of 5 or 6 digits.");
    }

    private static string? ParseCohort(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cohort = value.Trim();
        return cohort.Length is > 0 and <= MaxCohortLength && !cohort.Any(char.IsControl)
            ? cohort
            : throw new FieldValidationException("cohort", $"A cohort of 1 to {MaxCohortLength} characters, as the student administration writes it.");
    }

    private static DateOnly? ParseDate(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FieldValidationException(field, "A date as yyyy-MM-dd.");
    }
}
