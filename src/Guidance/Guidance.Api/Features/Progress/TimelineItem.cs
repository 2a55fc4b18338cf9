namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// One dated line of the student's combined history, newest first, for the mentor's progress view. The portal writes
/// the sentence in the reader's language from <see cref="Kind"/> and <see cref="Subject"/> (a camelCase name: the
/// assessor's role, the signal's rule, the help request's topic, the concern's kind), with <see cref="Label"/> (a
/// company name) and the absence hours as they are.
/// </summary>
/// <param name="Kind">
/// assessmentSubmitted, reviewHeld, signalRaised, signalResolved, placementStarted, placementEnded (subject completed or
/// endedEarly), helpRequestAsked, helpRequestAnswered, helpRequestClosed, concernRaised, concernAnswered, absenceWeek.
/// </param>
/// <param name="Private">A private help request: its topic is left out (the view reaches coordinators and teachers too).</param>
/// <param name="Hours">An absence week's unauthorised hours (school and workplace).</param>
/// <param name="AuthorisedHours">An absence week's authorised hours.</param>
public sealed record TimelineItem(
    DateTimeOffset At,
    string Kind,
    string? Subject,
    string? Label,
    bool Urgent,
    bool Private,
    decimal? Hours,
    decimal? AuthorisedHours,
    Guid? Id);
