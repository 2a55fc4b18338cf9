using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// The words of the CSV exports in Dutch (default) or English: headers, labels and the names of reasons, rules,
/// criteria, wishes and flags (a key without a translation is written as it is).
/// </summary>
internal sealed class CsvTexts
{
    private static readonly Dictionary<string, (string Nl, string En)> Words = new(StringComparer.Ordinal)
    {
        ["notShown"] = ("Minder dan 5 studenten: om privacyredenen niet getoond.", "Fewer than 5 students: not shown for privacy."),
        ["part"] = ("Onderdeel", "Part"),
        ["breakdown"] = ("Uitsplitsing", "Breakdown"),
        ["category"] = ("Categorie", "Category"),
        ["count"] = ("Aantal", "Count"),
        ["students"] = ("Studenten", "Students"),
        ["total"] = ("Totaal", "Total"),
        ["placements"] = ("Stages (bpv)", "Placements"),
        ["enrolments"] = ("Inschrijvingen", "Enrolments"),
        ["started"] = ("Gestart", "Started"),
        ["completed"] = ("Afgerond", "Completed"),
        ["endedEarly"] = ("Voortijdig beëindigd", "Ended early"),
        ["endedEarlyFirstThreeMonths"] = ("Voortijdig beëindigd in de eerste 3 maanden", "Ended early in the first 3 months"),
        ["enrolled"] = ("Ingeschreven", "Enrolled"),
        ["leftEarly"] = ("Voortijdig vertrokken", "Left early"),
        ["monthAfterStart"] = ("Maand na de start (1 = eerste maand)", "Month after the start (1 = first month)"),
        ["monthAfterEnrolment"] = ("Maand na de inschrijving (1 = eerste maand)", "Month after enrolment (1 = first month)"),
        ["reason"] = ("Reden", "Reason"),
        ["company"] = ("Bedrijf", "Company"),
        ["averageScore"] = ("Gemiddelde score", "Average score"),
        ["responses"] = ("Antwoorden", "Responses"),
        ["programmeAverage"] = ("Gemiddelde van de opleiding", "Programme average"),
        ["flags"] = ("Signalering", "Flags"),
        ["rule"] = ("Soort signaal", "Rule"),
        ["signals"] = ("Signalen", "Signals"),
        ["urgent"] = ("Urgent", "Urgent"),
        ["resolvedShare"] = ("Aandeel opgelost", "Share resolved"),
        ["medianHours"] = ("Mediaan uren tot eerste reactie", "Median hours to first response"),
        ["criterion"] = ("Criterium", "Criterion"),
        ["quarter"] = ("Kwartaal", "Quarter"),
        ["averageLevel"] = ("Gemiddeld niveau", "Average level"),
        ["assessments"] = ("Beoordelingen", "Assessments"),
        ["school"] = ("School", "School"),
        ["workplace"] = ("Praktijk", "Workplace"),
        ["studentsAssessed"] = ("Studenten beoordeeld", "Students assessed"),
        ["studentsWithDiscrepancy"] = ("Studenten met verschil school–praktijk", "Students with a school–work discrepancy"),
        ["discrepancyShare"] = ("Aandeel met verschil school–praktijk", "Share with a school–work discrepancy"),
        ["wish"] = ("Doorstroomwens", "Progression wish"),
        ["followedUp"] = ("Opgevolgd in een doel", "Followed up in a goal"),
        ["goalMet"] = ("Doel behaald", "Goal met"),
        ["stillEnrolled"] = ("Nog ingeschreven", "Still enrolled"),
        ["graduated"] = ("Gediplomeerd", "Graduated"),
        ["movedUp"] = ("Doorgestroomd naar een hoger niveau", "Moved up a level"),
        ["notShownCell"] = ("niet getoond (minder dan 5)", "not shown (fewer than 5)"),

        ["poorFitWithTrade"] = ("Past niet bij het vak", "Poor fit with the trade"),
        ["studentConduct"] = ("Gedrag van de student", "Student's conduct"),
        ["studentCircumstances"] = ("Omstandigheden van de student", "Student's circumstances"),
        ["companyCircumstances"] = ("Omstandigheden van het bedrijf", "Company's circumstances"),
        ["accreditationLost"] = ("Erkenning vervallen", "Accreditation lost"),
        ["studentLeftSchool"] = ("Student van school gegaan", "Student left school"),
        ["privateCircumstances"] = ("Privéomstandigheden", "Private circumstances"),
        ["work"] = ("Werk", "Work"),
        ["otherProgramme"] = ("Andere opleiding", "Another programme"),
        ["other"] = ("Overig", "Other"),

        ["repeatedNeedsAttention"] = ("Herhaald aandachtspunt", "Repeated needs attention"),
        ["trainerSelfDiscrepancy"] = ("Verschil praktijkopleider en zelfbeoordeling", "Trainer and self-assessment differ"),
        ["reviewOverdue"] = ("Voortgangsgesprek te laat", "Review overdue"),
        ["earlyLeavingWatch"] = ("Risico op voortijdig vertrek", "Early-leaving watch"),
        ["placementEndedEarly"] = ("Stage voortijdig beëindigd", "Placement ended early"),
        ["placementAtRisk"] = ("Stage in gevaar", "Placement at risk"),
        ["noSchoolCompanyContact"] = ("Geen contact school–bedrijf", "No school–company contact"),
        ["hoursBehindPlan"] = ("Uren achter op de planning", "Hours behind plan"),
        ["manual"] = ("Handmatig gemeld", "Raised by hand"),
        ["helpRequestUnanswered"] = ("Hulpvraag niet beantwoord", "Help request unanswered"),
        ["workplaceConcern"] = ("Zorg vanuit het bedrijf", "Workplace concern"),
        ["absenceAboveThreshold"] = ("Verzuim boven de drempel", "Absence above the threshold"),
        ["absenceRising"] = ("Verzuim stijgt", "Absence rising"),

        ["punctuality"] = ("Stiptheid en afspraken nakomen", "Punctuality and keeping agreements"),
        ["initiative"] = ("Initiatief", "Initiative"),
        ["cooperation"] = ("Samenwerken", "Cooperation"),
        ["communication"] = ("Communiceren", "Communication"),
        ["feedback"] = ("Feedback ontvangen en gebruiken", "Receiving and using feedback"),
        ["care-safety"] = ("Zorgvuldigheid en veiligheid", "Care and safety"),
        ["appearance"] = ("Voorkomen", "Appearance"),
        ["reflection"] = ("Reflecteren", "Reflection"),

        ["undecided"] = ("Nog niet bekend", "Undecided"),
        ["level3"] = ("Doorstromen naar niveau 3", "Move up to level 3"),
        ["level4"] = ("Doorstromen naar niveau 4", "Move up to level 4"),

        [CompanyFlags.EarlyEndings] = ("Voortijdige beëindigingen", "Early endings"),
        [CompanyFlags.LowScores] = ("Lage scores", "Low scores"),
    };

    private readonly bool _english;

    private CsvTexts(bool english) => _english = english;

    public string Language => _english ? "en" : "nl";

    /// <summary><c>nl</c> (default) or <c>en</c>; anything else is a 400 naming <c>language</c>.</summary>
    public static CsvTexts For(string? language) => (language?.Trim().ToLowerInvariant() ?? "nl") switch
    {
        "nl" => new CsvTexts(false),
        "en" => new CsvTexts(true),
        _ => throw new FieldValidationException("language", "One of: nl, en."),
    };

    public string this[string key] => Words.TryGetValue(key, out var word) ? (_english ? word.En : word.Nl) : key;
}
