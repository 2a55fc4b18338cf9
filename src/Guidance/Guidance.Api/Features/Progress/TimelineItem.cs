using System.Text.Json.Serialization;

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
/// <remarks>
/// Fields a line does not use (null, false) are left out of the JSON: the progress document is read at every visit,
/// and its size is what its read costs (docs/decisions/0020); readers take a missing field as null or false.
/// </remarks>
public sealed record TimelineItem(
    DateTimeOffset At,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? Subject,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Urgent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Private,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] decimal? Hours,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] decimal? AuthorisedHours,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] Guid? Id);
