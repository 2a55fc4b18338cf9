namespace PartnershipHub.Guidance.Domain;

/// <summary>The early-warning rules; each raises at most one open signal per (student, rule, subject).</summary>
public enum SignalRule
{
    /// <summary>The same criterion at "needs attention" in two consecutive assessments (any roles).</summary>
    RepeatedNeedsAttention,

    /// <summary>Trainer and self-assessment differ by two levels or more on two or more criteria.</summary>
    TrainerSelfDiscrepancy,

    /// <summary>A scheduled review not held more than 7 days after its date.</summary>
    ReviewOverdue,

    /// <summary>Any "needs attention" or placement problem in the first 3 months after enrolment.</summary>
    EarlyLeavingWatch,

    PlacementEndedEarly,

    PlacementAtRisk,

    /// <summary>An active placement without school–company contact for the configured number of weeks.</summary>
    NoSchoolCompanyContact,

    /// <summary>Approved hours more than 20 % behind the placement's plan to date.</summary>
    HoursBehindPlan,

    /// <summary>Raised by hand by the mentor, a teacher linked to the student, or care, with what they saw.</summary>
    Manual,
    /// <summary>A student's help request not answered (nor a conversation planned) within the configured hours.</summary>
    HelpRequestUnanswered,
    /// <summary>A workplace concern that is urgent (or about safety or an incident), or still unanswered after the configured days.</summary>
    WorkplaceConcern,

    /// <summary>Unauthorised absence (school and workplace) over the configured weeks above the threshold.</summary>
    AbsenceAboveThreshold,

    /// <summary>Unauthorised absence higher each week than the week before, for three weeks, ending at or above a minimum.</summary>
    AbsenceRising,
}
