using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// Unauthorised absence (school and workplace) above <see cref="SignalOptions.AbsenceHoursThreshold"/> over
/// <see cref="SignalOptions.AbsenceWeeks"/> weeks, or rising three weeks in a row to at least
/// <see cref="SignalOptions.AbsenceRisingMinimumHours"/>, raises a signal; in the first months after enrolment the
/// signal is urgent and its evidence says so. A student whose intake records private circumstances is signalled from
/// <see cref="SignalOptions.IntakeAbsenceHoursThreshold"/> on, and the evidence says why. One query finds every student over the line, however many an import touched; only those get a
/// signal raised. Weeks run Monday to Sunday and include the current one.
/// </summary>
public sealed class AbsenceSignalRule(GuidanceDbContext db, SignalRaiser raiser, IOptions<SignalOptions> options)
{
    /// <summary>Trend weeks: the current one and the three before it.</summary>
    private const int TrendWeeks = 4;

    private readonly SignalOptions _options = options.Value;

    /// <summary>After an absence change: the given students only. Returns how many signals were raised.</summary>
    public Task<int> EvaluateAsync(IReadOnlyCollection<Guid> students, DateOnly today, CancellationToken cancellationToken) =>
        students.Count == 0 ? Task.FromResult(0) : RunAsync(students, today, cancellationToken);

    /// <summary>From the sweep: every student with absence in the window (catches an enrolment that arrived after the absence).</summary>
    public Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunAsync(null, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);

    /// <summary>The Monday of the week <paramref name="day"/> is in.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private async Task<int> RunAsync(IReadOnlyCollection<Guid>? students, DateOnly today, CancellationToken cancellationToken)
    {
        var currentWeek = WeekStart(today);
        var weeks = Math.Max(1, _options.AbsenceWeeks);
        var thresholdFrom = currentWeek.AddDays(-7 * (weeks - 1));
        var trendFrom = currentWeek.AddDays(-7 * (TrendWeeks - 1));
        var from = thresholdFrom < trendFrom ? thresholdFrom : trendFrom;
        List<NpgsqlParameter> parameters =
        [
            new("from", NpgsqlDbType.Date) { Value = from },
            new("until", NpgsqlDbType.Date) { Value = currentWeek.AddDays(7) },
            new("threshold_from", NpgsqlDbType.Date) { Value = thresholdFrom },
            new("week0", NpgsqlDbType.Date) { Value = trendFrom },
            new("week1", NpgsqlDbType.Date) { Value = trendFrom.AddDays(7) },
            new("week2", NpgsqlDbType.Date) { Value = trendFrom.AddDays(14) },
            new("week3", NpgsqlDbType.Date) { Value = currentWeek },
            // The lower of the two thresholds: which students the intake lowers it for is decided per student below.
            new("threshold", NpgsqlDbType.Numeric) { Value = Math.Min(_options.AbsenceHoursThreshold, _options.IntakeAbsenceHoursThreshold) },
            new("rising_minimum", NpgsqlDbType.Numeric) { Value = _options.AbsenceRisingMinimumHours },
        ];
        if (students is not null)
        {
            parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = students.ToArray() });
        }

        var candidates = await db.Database
            .SqlQueryRaw<AbsenceTotals>(AbsenceSql.WeeklyUnauthorised(students is not null), [.. parameters])
            .ToListAsync(cancellationToken);

        // The intake's needs of the candidates only (one query), for the lowered threshold.
        var candidateIds = candidates.Select(c => c.StudentId).ToList();
        var needs = candidateIds.Count == 0
            ? []
            : await db.Students.AsNoTracking().Where(s => candidateIds.Contains(s.Id)).Select(s => new { s.Id, s.Needs }).ToDictionaryAsync(s => s.Id, s => s.Needs, cancellationToken);

        var raised = 0;
        foreach (var student in candidates)
        {
            var firstMonths = student.EnrolmentStart is { } start && today >= start && today <= start.AddMonths(_options.EarlyLeavingMonths);
            var link = $"/api/students/{student.StudentId}/absences";
            var matched = IntakeNeeds.Matching(needs.GetValueOrDefault(student.StudentId), NeedsCategory.PrivateCircumstances);
            var threshold = IntakeNeeds.Threshold(matched, _options.AbsenceHoursThreshold, Math.Min(_options.AbsenceHoursThreshold, _options.IntakeAbsenceHoursThreshold));
            // The intake is named only when it made the difference.
            var lowered = matched.Count > 0 && student.Total <= _options.AbsenceHoursThreshold;
            if (student.Total > threshold && !student.ThresholdOpen
                && await raiser.RaiseAsync(student.StudentId, SignalRule.AbsenceAboveThreshold, $"absence:{currentWeek:yyyy-MM-dd}",
                    IntakeNeeds.Explain(SignalEvidence.AbsenceAboveThreshold(student.Total, weeks, thresholdFrom, threshold, firstMonths), lowered ? matched : []),
                    link, once: true, cancellationToken, urgent: firstMonths, loweredByIntake: lowered) is not null)
            {
                raised++;
            }

            if (student.IsRising(_options.AbsenceRisingMinimumHours) && !student.RisingOpen
                && await raiser.RaiseAsync(student.StudentId, SignalRule.AbsenceRising, $"absence-rising:{currentWeek:yyyy-MM-dd}",
                    SignalEvidence.AbsenceRising([student.Week0, student.Week1, student.Week2, student.Week3], trendFrom, firstMonths),
                    link, once: true, cancellationToken, urgent: firstMonths) is not null)
            {
                raised++;
            }
        }

        return raised;
    }
}
