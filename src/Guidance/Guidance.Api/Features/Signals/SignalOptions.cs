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

    /// <summary>Hours a student's help request may wait for an answer or a planned conversation before a signal (default 48).</summary>
    public int HelpRequestAnswerHours { get; set; } = 48;

    /// <summary>
    /// The same for a private request or one about something personal (default 24): private circumstances are among the
    /// main reasons for leaving early, and a student who marks a question private has usually hesitated before asking.
    /// </summary>
    public int PrivateHelpRequestAnswerHours { get; set; } = 24;

    /// <summary>How often the hosted sweep evaluates the time-based rules; zero or less switches the sweep off.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);
}
