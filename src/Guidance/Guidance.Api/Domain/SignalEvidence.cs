using System.Globalization;
using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// The sentence a reader sees under a signal, in Dutch and in English (the portal shows the reader's language).
/// Criteria appear by their name in the framework the assessment used (the school's own words), roles and reasons in
/// the sentence's language, dates and numbers as readers of that language write them.
/// </summary>
public static class SignalEvidence
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static SignalText RepeatedNeedsAttention(string criterion, AssessorRole previousRole, DateTimeOffset previousAt, AssessorRole role, DateTimeOffset at, string? observation)
    {
        var tail = string.IsNullOrWhiteSpace(observation) ? "." : $": {observation}";
        return new(
            Nl($"'{criterion}' heeft in twee beoordelingen na elkaar aandacht nodig ({Role(previousRole)} op {NlDate(previousAt)}, {Role(role)} op {NlDate(at)})") + tail,
            En($"'{criterion}' needed attention in two assessments in a row ({EnRole(previousRole)} on {EnDate(previousAt)}, {EnRole(role)} on {EnDate(at)})") + tail);
    }

    public static SignalText TrainerSelfDiscrepancy(IReadOnlyList<string> criteria) => new(
        $"Praktijkopleider en zelfbeoordeling liggen twee niveaus of meer uiteen op {List(criteria, "en")}.",
        $"The workplace trainer's assessment and the self-assessment are two levels or more apart on {List(criteria, "and")}.");

    public static SignalText NeedsAttentionEarly(IReadOnlyList<string> criteria, AssessorRole role) => new(
        $"'Aandacht nodig' op {List(criteria, "en")} ({Role(role)}) in de eerste maanden na de inschrijving.",
        $"'Needs attention' on {List(criteria, "and")} ({EnRole(role)}) in the first months after enrolment.");

    public static SignalText NeedsAttentionEarly(AssessorRole role) => new(
        $"'Aandacht nodig' ({Role(role)}) in de eerste maanden na de inschrijving.",
        $"'Needs attention' ({EnRole(role)}) in the first months after enrolment.");

    public static SignalText PlacementEndedEarly(string company, DateOnly endedOn, PlacementEndReason? reason) => new(
        $"De stage bij {company} is voortijdig beëindigd op {NlDate(endedOn)} ({Reason(reason)}).",
        $"The placement at {company} ended early on {EnDate(endedOn)} ({EnReason(reason)}).");

    public static SignalText PlacementEndedEarlyInFirstMonths(string company) => new(
        $"De stage bij {company} is voortijdig beëindigd in de eerste maanden na de inschrijving.",
        $"The placement at {company} ended early in the first months after enrolment.");

    public static SignalText PlacementAtRisk(string company, PlacementRisk risk, string detail)
    {
        var tail = string.IsNullOrWhiteSpace(detail) ? "." : $": {detail}";
        return new($"De stage bij {company} loopt risico ({Risk(risk)})" + tail, $"The placement at {company} is at risk ({EnRisk(risk)})" + tail);
    }

    public static SignalText PlacementAtRiskInFirstMonths(string company, PlacementRisk risk) => new(
        $"De stage bij {company} loopt risico ({Risk(risk)}) in de eerste maanden na de inschrijving.",
        $"The placement at {company} is at risk ({EnRisk(risk)}) in the first months after enrolment.");

    public static SignalText PlacementProblemInFirstMonths(string company) => new(
        $"Problemen met de stage bij {company} in de eerste maanden na de inschrijving.",
        $"Problems with the placement at {company} in the first months after enrolment.");

    public static SignalText ReviewOverdue(DateTimeOffset scheduledAt, int daysAgo) => new(
        $"Het voortgangsgesprek van {NlDate(scheduledAt)} is niet gehouden ({daysAgo} {(daysAgo == 1 ? "dag" : "dagen")} geleden gepland).",
        $"The progress review of {EnDate(scheduledAt)} was not held (planned {daysAgo} {(daysAgo == 1 ? "day" : "days")} ago).");

    public static SignalText NoSchoolCompanyContact(string company, DateOnly since, int weeks) => new(
        $"Geen contact tussen school en leerbedrijf over de stage bij {company} sinds {NlDate(since)} (langer dan {weeks} weken).",
        $"No contact between school and company about the placement at {company} since {EnDate(since)} (more than {weeks} weeks).");

    public static SignalText HoursBehindPlan(string company, decimal approved, decimal expected) => new(
        Nl($"{approved:0.#} uur goedgekeurd bij {company}, tegen {expected:0.#} gepland tot nu toe ({approved / expected:P0})."),
        En($"{approved:0.#} hours approved at {company}, against {expected:0.#} planned to date ({approved / expected:P0})."));

    /// <summary>
    /// Added to a signal whose rule fired at a threshold the intake lowered: the reader sees why it fired earlier than
    /// for other students.
    /// </summary>
    public static SignalText LoweredByIntake(IReadOnlyList<NeedsCategory> needs) => new(
        $"Lagere drempel door de intake: {List([.. needs.Select(NlNeed)], "en")}.",
        $"Lower threshold from the intake: {List([.. needs.Select(EnNeed)], "and")}.");

    /// <summary>Never the request's text; a private request does not even name its topic (signals reach coordinators and teachers).</summary>
    public static SignalText HelpRequestUnanswered(HelpRequestKind kind, HelpRequestTopic topic, bool isPrivate, DateTimeOffset askedAt, int hours) => new(
        (kind == HelpRequestKind.Conversation ? "Een vraag om een gesprek" : "Een hulpvraag")
        + (isPrivate ? " (alleen voor mentor en zorg)" : $" over {Topic(topic)}")
        + $" van {NlDate(askedAt)} is na {hours} uur nog niet beantwoord.",
        (kind == HelpRequestKind.Conversation ? "A request for a conversation" : "A help request")
        + (isPrivate ? " (for mentor and care only)" : $" about {EnTopic(topic)}")
        + $" of {EnDate(askedAt)} has not been answered after {hours} hours.");

    /// <summary>Kind, company and urgency only: the trainer's own words may name colleagues and stay with the concern.</summary>
    public static SignalText WorkplaceConcern(WorkplaceConcernKind kind, string company, bool urgent) => new(
        $"{(urgent ? "Dringende zorgmelding" : "Zorgmelding")} van de praktijkopleider bij {company}: {ConcernKind(kind)}.",
        $"{(urgent ? "Urgent concern" : "Concern")} from the workplace trainer at {company}: {EnConcernKind(kind)}.");

    public static SignalText WorkplaceConcernUnanswered(WorkplaceConcernKind kind, string company, DateTimeOffset raisedAt, int days) => new(
        $"Zorgmelding van de praktijkopleider bij {company} ({ConcernKind(kind)}) van {NlDate(raisedAt)} is na {days} {(days == 1 ? "dag" : "dagen")} nog niet beantwoord.",
        $"The concern from the workplace trainer at {company} ({EnConcernKind(kind)}) of {EnDate(raisedAt)} has not been answered after {days} {(days == 1 ? "day" : "days")}.");

    /// <summary>How a concern's kind appears in a Dutch sentence.</summary>
    public static string ConcernKind(WorkplaceConcernKind kind) => kind switch
    {
        WorkplaceConcernKind.Lateness => "te laat komen",
        WorkplaceConcernKind.Conflict => "conflict",
        WorkplaceConcernKind.Safety => "veiligheid",
        WorkplaceConcernKind.Worried => "zorgen om de student",
        WorkplaceConcernKind.Incident => "incident",
        WorkplaceConcernKind.Other => "overig",
        _ => kind.ToString(),
    };

    /// <summary>How a concern's kind appears in an English sentence.</summary>
    public static string EnConcernKind(WorkplaceConcernKind kind) => kind switch
    {
        WorkplaceConcernKind.Lateness => "lateness",
        WorkplaceConcernKind.Conflict => "conflict",
        WorkplaceConcernKind.Safety => "safety",
        WorkplaceConcernKind.Worried => "worried about the student",
        WorkplaceConcernKind.Incident => "incident",
        WorkplaceConcernKind.Other => "other",
        _ => kind.ToString(),
    };

    public static SignalText AbsenceAboveThreshold(decimal hours, int weeks, DateOnly from, decimal threshold, bool firstMonths) => new(
        Nl($"{hours:0.#} uur ongeoorloofd verzuim (school en leerbedrijf) in de laatste {weeks} weken, sinds {NlDate(from)}: meer dan de grens van {threshold:0.#} uur")
        + (firstMonths ? " in de eerste maanden na de inschrijving." : "."),
        En($"{hours:0.#} hours of unauthorised absence (school and workplace) in the last {weeks} weeks, since {EnDate(from)}: more than the limit of {threshold:0.#} hours")
        + (firstMonths ? " in the first months after enrolment." : "."));

    public static SignalText AbsenceRising(IReadOnlyList<decimal> weeklyHours, DateOnly firstWeek, bool firstMonths) => new(
        $"Ongeoorloofd verzuim (school en leerbedrijf) stijgt elke week sinds de week van {NlDate(firstWeek)}: "
        + List([.. weeklyHours.Select(h => h.ToString("0.#", Dutch))], "en") + " uur per week"
        + (firstMonths ? " in de eerste maanden na de inschrijving." : "."),
        $"Unauthorised absence (school and workplace) rises every week since the week of {EnDate(firstWeek)}: "
        + List([.. weeklyHours.Select(h => h.ToString("0.#", CultureInfo.InvariantCulture))], "and") + " hours a week"
        + (firstMonths ? " in the first months after enrolment." : "."));

    /// <summary>How an assessor appears in a Dutch sentence: "praktijkopleider", "zelfbeoordeling", …</summary>
    public static string Role(AssessorRole role) => role switch
    {
        AssessorRole.Self => "zelfbeoordeling",
        AssessorRole.Peer => "medestudent",
        AssessorRole.Teacher => "docent",
        AssessorRole.Mentor => "mentor",
        AssessorRole.Trainer => "praktijkopleider",
        _ => role.ToString(),
    };

    /// <summary>How an assessor appears in an English sentence.</summary>
    public static string EnRole(AssessorRole role) => role switch
    {
        AssessorRole.Self => "self-assessment",
        AssessorRole.Peer => "fellow student",
        AssessorRole.Teacher => "teacher",
        AssessorRole.Mentor => "mentor",
        AssessorRole.Trainer => "workplace trainer",
        _ => role.ToString(),
    };

    private static string NlNeed(NeedsCategory need) => need switch
    {
        NeedsCategory.Pedagogical => "pedagogische ondersteuning",
        NeedsCategory.Didactic => "didactische ondersteuning",
        NeedsCategory.FutureWishes => "toekomstwensen",
        NeedsCategory.Structure => "behoefte aan structuur",
        NeedsCategory.PrivateCircumstances => "privéomstandigheden",
        _ => need.ToString(),
    };

    private static string EnNeed(NeedsCategory need) => need switch
    {
        NeedsCategory.Pedagogical => "pedagogical support",
        NeedsCategory.Didactic => "learning support",
        NeedsCategory.FutureWishes => "future wishes",
        NeedsCategory.Structure => "needs structure",
        NeedsCategory.PrivateCircumstances => "private circumstances",
        _ => need.ToString(),
    };

    private static string Reason(PlacementEndReason? reason) => reason switch
    {
        PlacementEndReason.PoorFitWithTrade => "past niet bij het beroep",
        PlacementEndReason.StudentConduct => "gedrag van de student",
        PlacementEndReason.StudentCircumstances => "omstandigheden van de student",
        PlacementEndReason.CompanyCircumstances => "omstandigheden bij het leerbedrijf",
        PlacementEndReason.AccreditationLost => "erkenning van het leerbedrijf vervallen",
        PlacementEndReason.StudentLeftSchool => "student van school",
        PlacementEndReason.Other => "andere reden",
        null => "geen reden opgegeven",
        _ => reason.ToString()!,
    };

    private static string EnReason(PlacementEndReason? reason) => reason switch
    {
        PlacementEndReason.PoorFitWithTrade => "not a fit with the trade",
        PlacementEndReason.StudentConduct => "the student's conduct",
        PlacementEndReason.StudentCircumstances => "the student's circumstances",
        PlacementEndReason.CompanyCircumstances => "the company's circumstances",
        PlacementEndReason.AccreditationLost => "the company's accreditation lapsed",
        PlacementEndReason.StudentLeftSchool => "the student left school",
        PlacementEndReason.Other => "another reason",
        null => "no reason given",
        _ => reason.ToString()!,
    };

    private static string Topic(HelpRequestTopic topic) => topic switch
    {
        HelpRequestTopic.SchoolWork => "schoolwerk",
        HelpRequestTopic.Placement => "de stage",
        HelpRequestTopic.Personal => "iets persoonlijks",
        _ => topic.ToString(),
    };

    private static string EnTopic(HelpRequestTopic topic) => topic switch
    {
        HelpRequestTopic.SchoolWork => "school work",
        HelpRequestTopic.Placement => "the placement",
        HelpRequestTopic.Personal => "something personal",
        _ => topic.ToString(),
    };

    private static string Risk(PlacementRisk risk) => risk switch
    {
        PlacementRisk.AccreditationRevoked => "erkenning ingetrokken",
        PlacementRisk.NoRecentContact => "geen recent contact",
        _ => risk.ToString(),
    };

    private static string EnRisk(PlacementRisk risk) => risk switch
    {
        PlacementRisk.AccreditationRevoked => "accreditation revoked",
        PlacementRisk.NoRecentContact => "no recent contact",
        _ => risk.ToString(),
    };

    private static string List(IReadOnlyList<string> items, string and) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {and} " + items[^1],
    };

    private static string NlDate(DateTimeOffset at) => NlDate(DateOnly.FromDateTime(at.UtcDateTime));

    private static string NlDate(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    private static string EnDate(DateTimeOffset at) => EnDate(DateOnly.FromDateTime(at.UtcDateTime));

    private static string EnDate(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string Nl(FormattableString text) => text.ToString(Dutch);

    private static string En(FormattableString text) => text.ToString(English);
}
