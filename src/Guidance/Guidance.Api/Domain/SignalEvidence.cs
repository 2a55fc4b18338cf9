using System.Globalization;
using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// The sentence a mentor reads under a signal, in Dutch: the people who act on signals work in Dutch, and the portal
/// shows the sentence as it is. Criteria appear by their name in the framework the assessment used, roles and
/// reasons by their Dutch words, dates and numbers as Dutch readers write them.
/// </summary>
public static class SignalEvidence
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string RepeatedNeedsAttention(string criterion, AssessorRole previousRole, DateTimeOffset previousAt, AssessorRole role, DateTimeOffset at, string? observation) =>
        Format($"'{criterion}' heeft in twee beoordelingen na elkaar aandacht nodig ({Role(previousRole)} op {Date(previousAt)}, {Role(role)} op {Date(at)})") +
        (string.IsNullOrWhiteSpace(observation) ? "." : $": {observation}");

    public static string TrainerSelfDiscrepancy(IReadOnlyList<string> criteria) =>
        $"Praktijkopleider en zelfbeoordeling liggen twee niveaus of meer uiteen op {List(criteria)}.";

    public static string NeedsAttentionEarly(IReadOnlyList<string> criteria, AssessorRole role) =>
        $"'Aandacht nodig' op {List(criteria)} ({Role(role)}) in de eerste maanden na de inschrijving.";

    public static string NeedsAttentionEarly(AssessorRole role) =>
        $"'Aandacht nodig' ({Role(role)}) in de eerste maanden na de inschrijving.";

    public static string PlacementEndedEarly(string company, DateOnly endedOn, PlacementEndReason? reason) =>
        $"De stage bij {company} is voortijdig beëindigd op {Date(endedOn)} ({Reason(reason)}).";

    public static string PlacementEndedEarlyInFirstMonths(string company) =>
        $"De stage bij {company} is voortijdig beëindigd in de eerste maanden na de inschrijving.";

    public static string PlacementAtRisk(string company, PlacementRisk risk, string detail) =>
        $"De stage bij {company} loopt risico ({Risk(risk)})" + (string.IsNullOrWhiteSpace(detail) ? "." : $": {detail}");

    public static string PlacementAtRiskInFirstMonths(string company, PlacementRisk risk) =>
        $"De stage bij {company} loopt risico ({Risk(risk)}) in de eerste maanden na de inschrijving.";

    public static string PlacementProblemInFirstMonths(string company) =>
        $"Problemen met de stage bij {company} in de eerste maanden na de inschrijving.";

    public static string ReviewOverdue(DateTimeOffset scheduledAt, int daysAgo) =>
        $"Het voortgangsgesprek van {Date(scheduledAt)} is niet gehouden ({daysAgo} {(daysAgo == 1 ? "dag" : "dagen")} geleden gepland).";

    public static string NoSchoolCompanyContact(string company, DateOnly since, int weeks) =>
        $"Geen contact tussen school en leerbedrijf over de stage bij {company} sinds {Date(since)} (langer dan {weeks} weken).";

    public static string HoursBehindPlan(string company, decimal approved, decimal expected) =>
        Format($"{approved:0.#} uur goedgekeurd bij {company}, tegen {expected:0.#} gepland tot nu toe ({approved / expected:P0}).");

    public static string AbsenceAboveThreshold(decimal hours, int weeks, DateOnly from, decimal threshold, bool firstMonths) =>
        Format($"{hours:0.#} uur ongeoorloofd verzuim (school en leerbedrijf) in de laatste {weeks} weken, sinds {Date(from)}: meer dan de grens van {threshold:0.#} uur")
        + (firstMonths ? " in de eerste maanden na de inschrijving." : ".");

    public static string AbsenceRising(IReadOnlyList<decimal> weeklyHours, DateOnly firstWeek, bool firstMonths) =>
        Format($"Ongeoorloofd verzuim (school en leerbedrijf) stijgt elke week sinds de week van {Date(firstWeek)}: ")
        + List([.. weeklyHours.Select(h => h.ToString("0.#", Dutch))]) + " uur per week"
        + (firstMonths ? " in de eerste maanden na de inschrijving." : ".");

    /// <summary>How an assessor appears in a sentence: "praktijkopleider", "zelfbeoordeling", …</summary>
    public static string Role(AssessorRole role) => role switch
    {
        AssessorRole.Self => "zelfbeoordeling",
        AssessorRole.Peer => "medestudent",
        AssessorRole.Teacher => "docent",
        AssessorRole.Mentor => "mentor",
        AssessorRole.Trainer => "praktijkopleider",
        _ => role.ToString(),
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

    private static string Risk(PlacementRisk risk) => risk switch
    {
        PlacementRisk.AccreditationRevoked => "erkenning ingetrokken",
        PlacementRisk.NoRecentContact => "geen recent contact",
        _ => risk.ToString(),
    };

    private static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1],
    };

    private static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(at.UtcDateTime));

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    private static string Format(FormattableString text) => text.ToString(Dutch);
}
