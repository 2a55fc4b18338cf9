namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>Configuration section <c>Signals</c>.</summary>
public sealed class SignalOptions
{
    public const string SectionName = "Signals";

    /// <summary>Weeks without school–company contact on an active placement before a signal (default 6).</summary>
    public int NoContactWeeks { get; set; } = 6;

    public int ReviewOverdueDays { get; set; } = 7;

    public int EarlyLeavingMonths { get; set; } = 3;

    /// <summary>Approved hours below this share of the plan to date raise a signal (0.8: more than 20 % behind).</summary>
    public decimal HoursThreshold { get; set; } = 0.8m;

    /// <summary>How often the hosted sweep evaluates the time-based rules; zero or less switches the sweep off.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Days a workplace concern may wait for the school's first answer before it becomes a signal (default 2); urgent
    /// concerns signal at once. Zero or less switches the reminder off.
    /// </summary>
    public int ConcernUnansweredDays { get; set; } = 2;
}
