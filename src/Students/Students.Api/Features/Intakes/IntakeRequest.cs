using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Features.Intakes;

/// <summary>
/// The whole intake; <see cref="Complete"/> false saves a draft, true completes it (progression wish required).
/// <see cref="Revision"/> is the intake's revision as read; when given, a save on top of someone else's gets a 409
/// <c>intake-changed</c> instead of overwriting it (left out, the last save wins, as for imports and scripts).
/// </summary>
public sealed record IntakeRequest(
    PriorEducation? PriorEducation,
    DateOnly? IntakeDate,
    IReadOnlyList<IntakeParticipant>? Participants,
    bool ExtendedIntake,
    NeedsEntry? Needs,
    TalentScanEntry? TalentScan,
    ProgressionWish? ProgressionWish,
    PreferencesEntry? Preferences,
    bool Complete,
    int? Revision = null)
{
    public Intake ToIntake(DateOnly today) => Intake.Create(
        PriorEducation,
        IntakeDate,
        Participants,
        ExtendedIntake,
        Needs is null ? null : new NeedsProfile(Need(Needs.Pedagogical), Need(Needs.Didactic), Need(Needs.FutureWishes), Need(Needs.Structure), Need(Needs.PrivateCircumstances)),
        TalentScan is null ? null : new TalentScan(Talents(TalentScan.Strengths), Talents(TalentScan.DevelopmentPoints)),
        ProgressionWish,
        Preferences is null ? null : new PlacementPreferences(
            Preferences.Sectors ?? [],
            Preferences.MaxTravelKm,
            // A null entry becomes a nameless one, which validation then names by its index.
            [.. (Preferences.AvoidCompanies ?? []).Select(a => new CompanyToAvoid(a?.CompanyId, a?.CompanyName ?? "", a?.Reason))]),
        Complete,
        today);

    // A category left out means no extra need was found; a note without a level is still kept.
    private static NeedAssessment Need(NeedEntry? entry) =>
        new(entry?.Level ?? NeedLevel.None, string.IsNullOrWhiteSpace(entry?.Note) ? null : entry.Note.Trim());

    private static List<TalentItem> Talents(IReadOnlyList<TalentEntry>? entries) =>
        [.. (entries ?? []).Select(t => new TalentItem(t?.Name ?? "", t?.Score))];
}
