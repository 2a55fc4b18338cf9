namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// The Dutch default rubric for professional attitude (beroepshouding), seeded in every environment. The keys are
/// fixed: the portal and Internships' assignments refer to criteria by them.
/// </summary>
public static class DefaultFramework
{
    public const string Key = "beroepshouding";

    public static readonly Guid FirstVersionId = Guid.Parse("6e1d0000-0000-0000-0000-000000000001");

    public static IReadOnlyList<FrameworkCriterion> Criteria { get; } =
    [
        Criterion("punctuality", "Stiptheid en afspraken nakomen", "Komt op tijd en houdt zich aan gemaakte afspraken.",
            "Komt regelmatig te laat of meldt zich niet af; afspraken worden vaak niet nagekomen.",
            "Komt meestal op tijd; meldt zich soms te laat af; komt afspraken na als eraan herinnerd wordt.",
            "Komt op tijd en meldt zich vooraf af bij afwezigheid; komt afspraken na.",
            "Is altijd op tijd, plant zelf vooruit en spreekt anderen aan op afspraken."),
        Criterion("initiative", "Initiatief", "Pakt zelf werk op en vraagt om hulp wanneer nodig.",
            "Wacht af tot er een opdracht komt; vraagt niet om uitleg.",
            "Pakt werk op als het wordt aangeboden; vraagt soms om uitleg.",
            "Ziet zelf wat er moet gebeuren en vraagt op tijd om hulp.",
            "Komt met eigen voorstellen en zoekt zelf nieuwe taken."),
        Criterion("cooperation", "Samenwerken", "Werkt samen met collega's en klasgenoten.",
            "Werkt liever alleen; houdt geen rekening met anderen.",
            "Werkt mee als het gevraagd wordt; stemt soms af.",
            "Stemt werk af met collega's en helpt anderen.",
            "Neemt de leiding in samenwerking en betrekt anderen."),
        Criterion("communication", "Communiceren", "Spreekt en luistert passend bij klanten en collega's.",
            "Communiceert onduidelijk of ongepast; luistert slecht.",
            "Communiceert begrijpelijk; past toon nog niet altijd aan.",
            "Stemt taal en toon af op klant en collega; luistert actief.",
            "Communiceert helder in lastige situaties en vat samen."),
        Criterion("feedback", "Feedback ontvangen en gebruiken", "Staat open voor feedback en doet er iets mee.",
            "Reageert afwerend op feedback; verandert niets.",
            "Luistert naar feedback; past het soms toe.",
            "Vraagt om feedback en past het zichtbaar toe.",
            "Vraagt actief om feedback en geeft zelf opbouwende feedback."),
        Criterion("care-safety", "Zorgvuldigheid en veiligheid", "Werkt netjes en veilig volgens de regels.",
            "Negeert veiligheidsregels of werkt slordig.",
            "Kent de regels; moet er soms aan herinnerd worden.",
            "Werkt zorgvuldig en houdt zich aan de veiligheidsregels.",
            "Wijst anderen op onveilige situaties en bewaakt de kwaliteit."),
        Criterion("appearance", "Voorkomen", "Verzorgd en passend gekleed voor het werk.",
            "Kleding of verzorging past niet bij de werkplek.",
            "Meestal passend; soms een opmerking nodig.",
            "Verzorgd en passend gekleed volgens de huisregels.",
            "Is een voorbeeld voor anderen in voorkomen en uitstraling."),
        Criterion("reflection", "Reflecteren", "Kijkt terug op eigen handelen en leert ervan.",
            "Kan niet benoemen wat goed of fout ging.",
            "Benoemt wat er gebeurde; nog weinig eigen aandeel.",
            "Benoemt eigen aandeel en formuleert een verbeterpunt.",
            "Reflecteert zelfstandig en zet verbeterpunten om in acties."),
    ];

    public static AttitudeFramework Create(DateTimeOffset now) =>
        AttitudeFramework.Publish(FirstVersionId, Key, 1, "Beroepshouding (standaard)", [], Criteria, now);

    private static FrameworkCriterion Criterion(string key, string name, string description, string needsAttention, string developing, string competent, string strong) =>
        new(key, name, description, new Dictionary<AttitudeLevel, string>
        {
            [AttitudeLevel.NeedsAttention] = needsAttention,
            [AttitudeLevel.Developing] = developing,
            [AttitudeLevel.Competent] = competent,
            [AttitudeLevel.Strong] = strong,
        });
}
