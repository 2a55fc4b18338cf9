using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

/// <summary>What a mentor reads under a signal: Dutch words, Dutch dates, Dutch numbers, whatever the server's culture.</summary>
public sealed class SignalEvidenceTests
{
    [Fact]
    public void A_placement_that_ended_early_names_the_date_and_the_reason_in_Dutch()
    {
        Assert.Equal(
            "De stage bij Bakkerij De Korenschoof is voortijdig beëindigd op 3 november 2026 (past niet bij het beroep).",
            SignalEvidence.PlacementEndedEarly("Bakkerij De Korenschoof", new DateOnly(2026, 11, 3), PlacementEndReason.PoorFitWithTrade).Dutch);
        Assert.EndsWith("(geen reden opgegeven).", SignalEvidence.PlacementEndedEarly("Garage Jansen", new DateOnly(2026, 11, 3), null).Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_use_a_decimal_comma_and_a_Dutch_percentage()
    {
        var evidence = SignalEvidence.HoursBehindPlan("Garage Jansen", 64m, 122.9m).Dutch;

        Assert.StartsWith("64 uur goedgekeurd bij Garage Jansen, tegen 122,9 gepland tot nu toe (52", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_criteria_read_as_a_Dutch_list()
    {
        Assert.Equal(
            "Praktijkopleider en zelfbeoordeling liggen twee niveaus of meer uiteen op Initiatief, Samenwerken en Communiceren.",
            SignalEvidence.TrainerSelfDiscrepancy(["Initiatief", "Samenwerken", "Communiceren"]).Dutch);
    }

    [Fact]
    public void Repeated_attention_names_both_assessors_and_dates_and_keeps_the_observation()
    {
        var evidence = SignalEvidence.RepeatedNeedsAttention(
            "Stiptheid en afspraken nakomen",
            AssessorRole.Mentor, new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
            AssessorRole.Trainer, new DateTimeOffset(2026, 11, 12, 15, 0, 0, TimeSpan.Zero),
            "Drie keer te laat deze maand.").Dutch;

        Assert.Equal(
            "'Stiptheid en afspraken nakomen' heeft in twee beoordelingen na elkaar aandacht nodig (mentor op 1 oktober 2026, praktijkopleider op 12 november 2026): Drie keer te laat deze maand.",
            evidence);
    }

    [Fact]
    public void An_overdue_review_says_how_long_ago_it_was_planned()
    {
        Assert.Equal(
            "Het voortgangsgesprek van 2 november 2026 is niet gehouden (21 dagen geleden gepland).",
            SignalEvidence.ReviewOverdue(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), 21).Dutch);
    }

    [Fact]
    public void The_English_sentence_uses_English_words_dates_and_numbers()
    {
        Assert.Equal(
            "The placement at Bakkerij De Korenschoof ended early on 3 November 2026 (not a fit with the trade).",
            SignalEvidence.PlacementEndedEarly("Bakkerij De Korenschoof", new DateOnly(2026, 11, 3), PlacementEndReason.PoorFitWithTrade).English);
        Assert.StartsWith("64 hours approved at Garage Jansen, against 122.9 planned to date (52", SignalEvidence.HoursBehindPlan("Garage Jansen", 64m, 122.9m).English, StringComparison.Ordinal);
        Assert.Equal(
            "The workplace trainer's assessment and the self-assessment are two levels or more apart on Initiatief, Samenwerken and Communiceren.",
            SignalEvidence.TrainerSelfDiscrepancy(["Initiatief", "Samenwerken", "Communiceren"]).English);
        Assert.Equal("The progress review of 2 November 2026 was not held (planned 1 day ago).", SignalEvidence.ReviewOverdue(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), 1).English);
    }

    [Fact]
    public void A_threshold_the_intake_lowered_is_named_in_both_languages()
    {
        var evidence = SignalEvidence.NoSchoolCompanyContact("Garage Jansen", new DateOnly(2026, 10, 1), 4)
            .Then(SignalEvidence.LoweredByIntake([NeedsCategory.Structure, NeedsCategory.Pedagogical]));

        Assert.EndsWith("(langer dan 4 weken). Lagere drempel door de intake: behoefte aan structuur en pedagogische ondersteuning.", evidence.Dutch, StringComparison.Ordinal);
        Assert.EndsWith("(more than 4 weeks). Lower threshold from the intake: needs structure and pedagogical support.", evidence.English, StringComparison.Ordinal);
    }
}
