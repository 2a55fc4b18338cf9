namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// The sentences people read, in one language at a time (nl, the default, or en): a short title and one line of what to
/// do, rendered from a notification's kind and parameters. Mail and the inbox API both use these. An escalated
/// notification says who has not acted yet and what was asked of them.
/// </summary>
public static class NotificationTexts
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string NormaliseLanguage(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "nl";

    /// <summary>Title and sentence for one notification.</summary>
    public static (string Title, string Body) Render(
        NotificationKind kind, IReadOnlyDictionary<string, string> parameters, string language, bool escalated)
    {
        var text = new Values(parameters, NormaliseLanguage(language) == "en");
        var (title, body, act) = Texts(kind, text);
        if (!escalated)
        {
            return (title, Tidy(body));
        }

        var who = parameters.GetValueOrDefault("recipientName") is { Length: > 0 } name ? name : text.Pick("De aangesprokene", "The person asked");
        return text.En
            ? ($"Not done yet: {title}", Tidy($"{who} has not done this yet: {act}."))
            : ($"Nog niet gedaan: {title}", Tidy($"{who} heeft dit nog niet gedaan: {act}."));
    }

    // A missing optional value (an assignment's title) leaves no double space behind.
    private static string Tidy(string sentence) => sentence.Replace("  ", " ", StringComparison.Ordinal);

    /// <summary>A date written out: "12 maart 2027" or "12 March 2027".</summary>
    public static string FormatDate(DateOnly date, string language) =>
        $"{date.Day} {(NormaliseLanguage(language) == "en" ? EnglishMonths : DutchMonths)[date.Month - 1]} {date.Year}";

    private static (string Title, string Body, string Act) Texts(NotificationKind kind, Values v) => kind switch
    {
        NotificationKind.AgreementToSign => v.En
            ? ("Sign the placement agreement", $"Sign the placement agreement for {v.Student} at {v.Company} before {v.Date("dueDate")}.",
                $"sign the placement agreement for {v.Student} at {v.Company}")
            : ("Praktijkovereenkomst tekenen", $"Teken vóór {v.Date("dueDate")} de praktijkovereenkomst van {v.Student} bij {v.Company}.",
                $"de praktijkovereenkomst van {v.Student} bij {v.Company} tekenen"),
        NotificationKind.AssignmentToConfirm => v.En
            ? ("Confirm an assignment", $"Check and confirm the assignment {v.Title} for {v.Student}.", $"confirm the assignment {v.Title} for {v.Student}")
            : ("Opdracht bevestigen", $"Bekijk en bevestig de opdracht {v.Title} van {v.Student}.", $"de opdracht {v.Title} van {v.Student} bevestigen"),
        NotificationKind.AssignmentToSignOff => v.En
            ? ("Sign off an assignment", $"{v.StudentCapital} handed in the assignment {v.Title}; sign it off or return it.",
                $"sign off the assignment {v.Title} by {v.Student}")
            : ("Opdracht aftekenen", $"{v.StudentCapital} heeft de opdracht {v.Title} ingeleverd; teken hem af of geef hem terug.",
                $"de opdracht {v.Title} van {v.Student} aftekenen"),
        NotificationKind.HoursToApprove => v.En
            ? ("Approve hours", $"Approve or reject the hours {v.Student} logged for the week of {v.Date("weekStart")}.",
                $"approve the hours of {v.Student} for the week of {v.Date("weekStart")}")
            : ("Uren goedkeuren", $"Keur de uren van {v.Student} voor de week van {v.Date("weekStart")} goed of af.",
                $"de uren van {v.Student} voor de week van {v.Date("weekStart")} goedkeuren"),
        NotificationKind.AssessmentDue => v.En
            ? ("Assess the student", $"Assess the professional attitude of {v.Student} before the progress review on {v.Date("reviewDate")}.",
                $"assess the professional attitude of {v.Student} before the review on {v.Date("reviewDate")}")
            : ("Beoordeling invullen", $"Beoordeel de beroepshouding van {v.Student} vóór de voortgangsbespreking van {v.Date("reviewDate")}.",
                $"de beroepshouding van {v.Student} beoordelen vóór de bespreking van {v.Date("reviewDate")}"),
        NotificationKind.SchoolQuestion when !v.Has("dueDate") => v.En
            ? ("Reply from school", $"The school replied to your concern about {v.Student}.", $"read the school's reply about {v.Student}")
            : ("Antwoord van school", $"De school heeft gereageerd op uw melding over {v.Student}.", $"het antwoord van school over {v.Student} lezen"),
        NotificationKind.SchoolQuestion => v.En
            ? ("Question from school", $"The school is waiting for your reply about {v.Student}, by {v.Date("dueDate")}.",
                $"answer the school's question about {v.Student}")
            : ("Vraag van school", $"De school wacht op uw antwoord over {v.Student}, graag vóór {v.Date("dueDate")}.",
                $"de vraag van school over {v.Student} beantwoorden"),
        NotificationKind.HoursToLog => v.En
            ? ("Log your hours", $"Log your hours at {v.Company} for the week of {v.Date("weekStart")}.", $"log the hours for the week of {v.Date("weekStart")}")
            : ("Uren invullen", $"Vul je uren bij {v.Company} in voor de week van {v.Date("weekStart")}.", $"de uren voor de week van {v.Date("weekStart")} invullen"),
        NotificationKind.SelfAssessmentDue => v.En
            ? ("Assess yourself", $"Fill in your self-assessment before your progress review on {v.Date("reviewDate")}.", "fill in the self-assessment")
            : ("Zelfbeoordeling invullen", $"Vul je zelfbeoordeling in vóór je voortgangsbespreking van {v.Date("reviewDate")}.", "de zelfbeoordeling invullen"),
        NotificationKind.AssignmentReturned => v.En
            ? ("Assignment returned", $"Your assignment {v.Title} was returned; improve it and hand it in again.", $"hand in the assignment {v.Title} again")
            : ("Opdracht teruggegeven", $"Je opdracht {v.Title} is teruggegeven; verbeter hem en lever hem opnieuw in.", $"de opdracht {v.Title} opnieuw inleveren"),
        NotificationKind.ReviewScheduled when v.ToStudent => v.En
            ? ("Progress review planned", $"Your progress review is planned for {v.Date("reviewDate")}.", $"attend the review on {v.Date("reviewDate")}")
            : ("Voortgangsbespreking gepland", $"Je voortgangsbespreking is gepland op {v.Date("reviewDate")}.", $"de bespreking van {v.Date("reviewDate")} bijwonen"),
        NotificationKind.ReviewScheduled => v.En
            ? ("Progress review planned", $"The progress review of {v.Student} is planned for {v.Date("reviewDate")}.", $"attend the review on {v.Date("reviewDate")}")
            : ("Voortgangsbespreking gepland", $"De voortgangsbespreking van {v.Student} is gepland op {v.Date("reviewDate")}.", $"de bespreking van {v.Date("reviewDate")} bijwonen"),
        NotificationKind.SignalRaised => v.En
            ? (v.Urgent ? "Urgent signal" : "New signal", $"Signal about {v.Student}: {v.Rule}. Please look at it and respond.",
                $"respond to the signal ({v.Rule}) about {v.Student}")
            : (v.Urgent ? "Dringend signaal" : "Nieuw signaal", $"Signaal over {v.Student}: {v.Rule}. Bekijk het en reageer.",
                $"reageren op het signaal ({v.Rule}) over {v.Student}"),
        NotificationKind.ReviewDue => v.En
            ? ("Plan a progress review", $"Plan the progress review of {v.Student}; it is due on {v.Date("dueDate")}.", $"plan the progress review of {v.Student}")
            : ("Voortgangsbespreking plannen", $"Plan de voortgangsbespreking van {v.Student}; die is uiterlijk {v.Date("dueDate")}.",
                $"de voortgangsbespreking van {v.Student} plannen"),
        NotificationKind.AssessorDiscrepancy => v.En
            ? ("Assessments differ", $"Assessments of {v.Student} differ on {v.Criteria}; discuss them at the next progress review.",
                $"discuss the differing assessments of {v.Student}")
            : ("Beoordelingen verschillen", $"De beoordelingen van {v.Student} verschillen op {v.Criteria}; bespreek dat in de volgende voortgangsbespreking.",
                $"de verschillende beoordelingen van {v.Student} bespreken"),
        NotificationKind.AssignmentToReview => v.En
            ? ("Review an assignment", $"The company signed off the assignment {v.Title} by {v.Student}; please review it.",
                $"review the assignment {v.Title} by {v.Student}")
            : ("Opdracht beoordelen", $"Het leerbedrijf heeft de opdracht {v.Title} van {v.Student} afgetekend; beoordeel hem.",
                $"de opdracht {v.Title} van {v.Student} beoordelen"),
        NotificationKind.NoRecentContact => v.En
            ? ("No recent contact", $"There has been no contact with {v.Company} about {v.Student} since {v.Date("dueDate")}; please get in touch.",
                $"contact {v.Company} about {v.Student}")
            : ("Geen recent contact", $"Er is sinds {v.Date("dueDate")} geen contact geweest met {v.Company} over {v.Student}; neem contact op.",
                $"contact opnemen met {v.Company} over {v.Student}"),
        NotificationKind.StudentsUnplaced => v.En
            ? ("Students without a placement", $"{v.Count("student has", "students have")} no placement yet for {v.Period}, which starts on {v.Date("periodStart")}.",
                $"place the students for {v.Period}")
            : ("Studenten zonder stageplek", $"{v.Count("student heeft", "studenten hebben")} nog geen plek voor {v.Period}, dat begint op {v.Date("periodStart")}.",
                $"de studenten voor {v.Period} plaatsen"),
        NotificationKind.AgreementsUnsigned => v.En
            ? ("Agreements not signed", $"{v.Count("placement agreement", "placement agreements")} for {v.Period} (starting {v.Date("periodStart")}) not fully signed yet.",
                $"get the agreements for {v.Period} signed")
            : ("Overeenkomsten niet getekend", $"{v.Count("praktijkovereenkomst", "praktijkovereenkomsten")} voor {v.Period} (start {v.Date("periodStart")}) nog niet volledig getekend.",
                $"de overeenkomsten voor {v.Period} laten tekenen"),
        NotificationKind.SurveyToAnswer when v.ToStudent => v.En
            ? ("Survey about your placement", $"How was your placement at {v.Company}? Fill in the short survey (5 minutes){v.By("dueDate")}.",
                "fill in the survey about the placement")
            : ("Enquête over je stage", $"Hoe was de stage bij {v.Company}? Vul{v.By("dueDate")} de korte enquête in (5 minuten).",
                "de enquête over de stage invullen"),
        NotificationKind.SurveyToAnswer => v.En
            ? ("Survey about the placement", $"How did the placement of {v.Student} at {v.Company} go? Fill in the short survey (5 minutes){v.By("dueDate")}.",
                $"fill in the survey about the placement of {v.Student}")
            : ("Enquête over de stage", $"Hoe ging de stage van {v.Student} bij {v.Company}? Vul{v.By("dueDate")} de korte enquête in (5 minuten).",
                $"de enquête over de stage van {v.Student} invullen"),
        _ => (kind.ToString(), v.Student, v.Student),
    };

    /// <summary>The parameters as words in one language, with a fallback where a value is missing.</summary>
    private sealed class Values(IReadOnlyDictionary<string, string> parameters, bool en)
    {
        public bool En => en;

        public bool Urgent => parameters.GetValueOrDefault("urgent") == "true";

        public string Student => Get("studentName") ?? Pick("een student", "a student");

        public string StudentCapital => Get("studentName") ?? Pick("Een student", "A student");

        public string Company => Get("companyName") ?? Pick("het leerbedrijf", "the company");

        public string Title => Get("assignmentTitle") is { } title ? $"‘{title}’" : "";

        public string Period => Get("periodName") ?? Pick("de volgende periode", "the next period");

        public string Criteria => Get("count") is { } count
            ? (count == "1" ? Pick("1 criterium", "1 criterion") : Pick($"{count} criteria", $"{count} criteria"))
            : Pick("enkele criteria", "some criteria");

        /// <summary>What the signal is about, in words (Guidance's rules, camelCase); never the raw rule name.</summary>
        public string Rule => Get("rule")?.ToLowerInvariant() switch
        {
            "repeatedneedsattention" => Pick("twee keer achter elkaar ‘aandacht nodig’", "‘needs attention’ twice in a row"),
            "trainerselfdiscrepancy" => Pick("praktijkopleider en student beoordelen heel verschillend", "trainer and student assess very differently"),
            "reviewoverdue" => Pick("voortgangsbespreking niet gehouden", "progress review not held"),
            "earlyleavingwatch" => Pick("risico op vroegtijdig uitvallen", "risk of leaving early"),
            "placementendedearly" => Pick("stage voortijdig beëindigd", "placement ended early"),
            "placementatrisk" => Pick("stage in gevaar", "placement at risk"),
            "noschoolcompanycontact" => Pick("geen contact tussen school en leerbedrijf", "no contact between school and company"),
            "hoursbehindplan" => Pick("uren achter op de planning", "hours behind plan"),
            "manual" => Pick("zorg gemeld door een collega", "a concern raised by a colleague"),
            "helprequestunanswered" => Pick("hulpvraag nog niet beantwoord", "help request not answered"),
            "workplaceconcern" => Pick("melding van het leerbedrijf", "concern from the workplace"),
            "absenceabovethreshold" => Pick("veel ongeoorloofd verzuim", "high unauthorised absence"),
            "absencerising" => Pick("verzuim neemt toe", "absence rising"),
            _ => Pick("signaal", "signal"),
        };

        /// <summary>The notification speaks to the student themself ("je", "your") instead of about them.</summary>
        public bool ToStudent => Get("addressee") == "student";

        public bool Has(string key) => Get(key) is not null;

        public string Pick(string nl, string english) => en ? english : nl;

        public string Count(string one, string many) => Get("count") is { } count ? $"{count} {(count == "1" ? one : many)}" : many;

        public string Date(string key) =>
            Get(key) is { } iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", out var date)
                ? FormatDate(date, en ? "en" : "nl")
                : Pick("binnenkort", "soon");

        /// <summary>" uiterlijk 12 maart 2027" / " by 12 March 2027", or nothing when the date is unknown.</summary>
        public string By(string key) => Has(key) ? Pick($" uiterlijk {Date(key)}", $" by {Date(key)}") : "";

        private string? Get(string key) => parameters.GetValueOrDefault(key) is { Length: > 0 } value ? value : null;
    }
}
