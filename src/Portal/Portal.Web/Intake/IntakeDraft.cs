using System.Globalization;
using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Intake;

/// <summary>
/// The intake while the mentor fills it in: read from Students' intake (or empty), sent back whole as Students'
/// <c>PUT /intake</c> reads it, as a draft or completed. Blank texts are sent as absent; sectors are typed as a
/// comma-separated list.
/// </summary>
public sealed class IntakeDraft
{
    public static readonly string[] PriorEducations = ["vmboBb", "vmboKb", "vmboGl", "vmboTl", "praktijkonderwijs", "entree", "other"];
    public static readonly string[] ParticipantKinds = ["student", "parentOrGuardian", "previousSchoolMentor", "careStaff"];
    public static readonly string[] NeedCategories = ["pedagogical", "didactic", "futureWishes", "structure", "privateCircumstances"];
    public static readonly string[] NeedLevels = ["none", "some", "much"];
    public static readonly string[] ProgressionWishes = ["work", "level3", "level4", "undecided"];

    /// <summary>The intake's revision as read; a save sends it back so it cannot overwrite someone else's save.</summary>
    public int Revision { get; set; }

    public string? PriorEducation { get; set; }

    /// <summary>yyyy-MM-dd, as a date input gives it.</summary>
    public string? IntakeDate { get; set; }

    public HashSet<string> Participants { get; } = ["student"];

    public bool ExtendedIntake { get; set; }

    public Dictionary<string, NeedDraft> Needs { get; } = NeedCategories.ToDictionary(category => category, _ => new NeedDraft());

    public List<TalentDraft> Strengths { get; } = [];

    public List<TalentDraft> DevelopmentPoints { get; } = [];

    public string? ProgressionWish { get; set; }

    public string? Sectors { get; set; }

    public int? MaxTravelKm { get; set; }

    public List<AvoidDraft> AvoidCompanies { get; } = [];

    public static IntakeDraft From(IntakeProfile? intake)
    {
        var draft = new IntakeDraft { Revision = intake?.Revision ?? 0 };
        if (intake is null || intake.Status == "notStarted")
        {
            return draft;
        }

        draft.PriorEducation = intake.PriorEducation;
        draft.IntakeDate = intake.IntakeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        draft.Participants.Clear();
        draft.Participants.UnionWith(intake.Participants ?? []);
        draft.ExtendedIntake = intake.ExtendedIntake;
        foreach (var (category, need) in new[]
        {
            ("pedagogical", intake.Needs?.Pedagogical), ("didactic", intake.Needs?.Didactic), ("futureWishes", intake.Needs?.FutureWishes),
            ("structure", intake.Needs?.Structure), ("privateCircumstances", intake.Needs?.PrivateCircumstances),
        })
        {
            draft.Needs[category] = new NeedDraft { Level = need?.Level ?? "none", Note = need?.Note };
        }

        draft.Strengths.AddRange((intake.TalentScan?.Strengths ?? []).Select(t => new TalentDraft { Name = t.Name, Score = t.Score }));
        draft.DevelopmentPoints.AddRange((intake.TalentScan?.DevelopmentPoints ?? []).Select(t => new TalentDraft { Name = t.Name, Score = t.Score }));
        draft.ProgressionWish = intake.ProgressionWish;
        draft.Sectors = intake.Preferences?.Sectors is { Count: > 0 } sectors ? string.Join(", ", sectors) : null;
        draft.MaxTravelKm = intake.Preferences?.MaxTravelKm;
        draft.AvoidCompanies.AddRange((intake.Preferences?.AvoidCompanies ?? []).Select(a => new AvoidDraft { CompanyId = a.CompanyId, CompanyName = a.CompanyName, Reason = a.Reason }));
        return draft;
    }

    public void SetParticipant(string participant, bool present)
    {
        if (present)
        {
            Participants.Add(participant);
        }
        else
        {
            Participants.Remove(participant);
        }
    }

    public SaveIntakeRequest ToRequest(bool complete) => new(
        Blank(PriorEducation),
        DateOnly.TryParseExact(IntakeDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        [.. ParticipantKinds.Where(Participants.Contains)],
        ExtendedIntake,
        new IntakeNeeds(Need("pedagogical"), Need("didactic"), Need("futureWishes"), Need("structure"), Need("privateCircumstances")),
        new IntakeTalentScan(Talents(Strengths), Talents(DevelopmentPoints)),
        Blank(ProgressionWish),
        new IntakePreferences(
            [.. (Sectors ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            MaxTravelKm,
            [.. AvoidCompanies.Select(a => new AvoidedCompany(a.CompanyId, Blank(a.CompanyName), Blank(a.Reason)))]),
        complete,
        Revision);

    private IntakeNeed Need(string category) => new(Needs[category].Level, Blank(Needs[category].Note));

    private static List<IntakeTalent> Talents(List<TalentDraft> talents) => [.. talents.Select(t => new IntakeTalent(Blank(t.Name), t.Score))];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class NeedDraft
    {
        public string Level { get; set; } = "none";

        public string? Note { get; set; }
    }

    public sealed class TalentDraft
    {
        public string? Name { get; set; }

        public int? Score { get; set; }
    }

    public sealed class AvoidDraft
    {
        public Guid? CompanyId { get; set; }

        public string? CompanyName { get; set; }

        public string? Reason { get; set; }
    }
}
