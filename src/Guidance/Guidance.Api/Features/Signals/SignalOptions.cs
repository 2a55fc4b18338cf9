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

    /// <summary>
    /// Weeks without contact before a signal for a student whose intake records a need for structure or pedagogical
    /// support (default 4): the students the source studies say drift off first without short lines.
    /// </summary>
    public int IntakeNoContactWeeks { get; set; } = 4;

    /// <summary>The hours threshold for a student whose intake records a need for structure (0.9: more than 10 % behind).</summary>
    public decimal IntakeHoursThreshold { get; set; } = 0.9m;

    /// <summary>Days a review may be overdue for a student whose intake records private circumstances or a need for structure (default 3).</summary>
    public int IntakeReviewOverdueDays { get; set; } = 3;
    /// <summary>Hours a student's help request may wait for an answer or a planned conversation before a signal (default 48).</summary>
    public int HelpRequestAnswerHours { get; set; } = 48;

    /// <summary>
    /// The same for a private request or one about something personal (default 24): private circumstances are among the
    /// main reasons for leaving early, and a student who marks a question private has usually hesitated before asking.
    /// </summary>
    public int PrivateHelpRequestAnswerHours { get; set; } = 24;

    /// <summary>Unauthorised absence hours (school and workplace) within <see cref="AbsenceWeeks"/> above which a signal is raised (default 16).</summary>
    public decimal AbsenceHoursThreshold { get; set; } = 16m;

    /// <summary>The weeks (Monday to Sunday, the current one included) the absence threshold counts over (default 4).</summary>
    public int AbsenceWeeks { get; set; } = 4;

    /// <summary>A rising trend (three weeks each higher than the week before) signals only when its last week reaches this many unauthorised hours (default 4).</summary>
    public decimal AbsenceRisingMinimumHours { get; set; } = 4m;

    /// <summary>The absence threshold for a student whose intake records private circumstances (default 8 hours over <see cref="AbsenceWeeks"/>).</summary>
    public decimal IntakeAbsenceHoursThreshold { get; set; } = 8m;

    /// <summary>How often the hosted sweep evaluates the time-based rules; zero or less switches the sweep off.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Days a workplace concern may wait for the school's first answer before it becomes a signal (default 2); urgent
    /// concerns signal at once. Zero or less switches the reminder off.
    /// </summary>
    public int ConcernUnansweredDays { get; set; } = 2;
}
