using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Domain;

/// <summary>
/// The intake conversation that feeds guidance: where the student comes from, who took part, the needs profile,
/// the talent scan, the progression wish and internship preferences. A draft may be incomplete; completing it
/// needs the prior education, the intake date and the progression wish (DOMAIN.md: record it at intake).
/// </summary>
public sealed record Intake(
    PriorEducation? PriorEducation,
    DateOnly? IntakeDate,
    IReadOnlyList<IntakeParticipant> Participants,
    bool ExtendedIntake,
    NeedsProfile Needs,
    TalentScan TalentScan,
    ProgressionWish? ProgressionWish,
    PlacementPreferences Preferences)
{
    public const int NoteMaxLength = 1000;
    public const int NameMaxLength = 200;
    public const int MaxListLength = 50;

    /// <summary>Validates the intake; with <paramref name="complete"/> also what completing it requires.</summary>
    public static Intake Create(
        PriorEducation? priorEducation,
        DateOnly? intakeDate,
        IReadOnlyList<IntakeParticipant>? participants,
        bool extendedIntake,
        NeedsProfile? needs,
        TalentScan? talentScan,
        ProgressionWish? progressionWish,
        PlacementPreferences? preferences,
        bool complete,
        DateOnly today)
    {
        var errors = new ValidationErrors();
        var people = (participants ?? []).Distinct().ToList();
        if (intakeDate > today)
        {
            errors.Add("intakeDate", "An intake cannot be recorded before it was held.");
        }

        if (extendedIntake && !people.Any(p => p is IntakeParticipant.ParentOrGuardian or IntakeParticipant.PreviousSchoolMentor or IntakeParticipant.CareStaff))
        {
            errors.Add("participants", "An extended intake includes a parent or guardian, the previous school's mentor or care staff.");
        }

        var profile = needs ?? NeedsProfile.NoneYet;
        CheckNote(errors, "needs.pedagogical.note", profile.Pedagogical);
        CheckNote(errors, "needs.didactic.note", profile.Didactic);
        CheckNote(errors, "needs.futureWishes.note", profile.FutureWishes);
        CheckNote(errors, "needs.structure.note", profile.Structure);
        CheckNote(errors, "needs.privateCircumstances.note", profile.PrivateCircumstances);

        var scan = talentScan ?? TalentScan.Empty;
        var strengths = CheckTalents(errors, "talentScan.strengths", scan.Strengths);
        var developmentPoints = CheckTalents(errors, "talentScan.developmentPoints", scan.DevelopmentPoints);

        var wishes = preferences ?? PlacementPreferences.None;
        if (wishes.MaxTravelKm is < 1 or > PlacementPreferences.MaxTravelKmLimit)
        {
            errors.Add("preferences.maxTravelKm", $"Between 1 and {PlacementPreferences.MaxTravelKmLimit} km.");
        }

        var sectors = wishes.Sectors.Select(s => s?.Trim() ?? "").ToList();
        if (sectors.Count > MaxListLength || sectors.Any(s => s.Length is 0 or > NameMaxLength))
        {
            errors.Add("preferences.sectors", $"At most {MaxListLength} sector names of 1 to {NameMaxLength} characters.");
        }

        // Also by index, so a caller (or a null in the list) is pointed at the very entry.
        for (var i = 0; i < Math.Min(sectors.Count, MaxListLength); i++)
        {
            if (sectors[i].Length is 0 or > NameMaxLength)
            {
                errors.Add($"preferences.sectors[{i}]", $"A sector name of 1 to {NameMaxLength} characters.");
            }
        }

        for (var i = 0; i < wishes.AvoidCompanies.Count; i++)
        {
            var avoided = wishes.AvoidCompanies[i];
            if (string.IsNullOrWhiteSpace(avoided.CompanyName) || avoided.CompanyName.Length > NameMaxLength)
            {
                errors.Add($"preferences.avoidCompanies[{i}].companyName", $"Required, at most {NameMaxLength} characters.");
            }

            if (avoided.Reason?.Length > NoteMaxLength)
            {
                errors.Add($"preferences.avoidCompanies[{i}].reason", $"At most {NoteMaxLength} characters.");
            }
        }

        if (complete)
        {
            if (priorEducation is null)
            {
                errors.Add("priorEducation", "Required to complete an intake.");
            }

            if (intakeDate is null)
            {
                errors.Add("intakeDate", "Required to complete an intake.");
            }

            if (progressionWish is null)
            {
                errors.Add("progressionWish", "Required to complete an intake: work, level 3, level 4 or undecided.");
            }

            if (!people.Contains(IntakeParticipant.Student))
            {
                errors.Add("participants", "The student takes part in their own intake.");
            }
        }

        errors.ThrowIfAny();
        return new Intake(
            priorEducation,
            intakeDate,
            people,
            extendedIntake,
            profile,
            new TalentScan(strengths, developmentPoints),
            progressionWish,
            new PlacementPreferences(
                sectors,
                wishes.MaxTravelKm,
                [.. wishes.AvoidCompanies.Select(a => a with { CompanyName = a.CompanyName.Trim(), Reason = Blank(a.Reason) })]));
    }

    /// <summary>What other services may know; no notes and no reasons.</summary>
    public InternshipPreferences ToPublishedPreferences() => new(
        Preferences.Sectors,
        Preferences.MaxTravelKm,
        [.. Preferences.AvoidCompanies.Select(a => new AvoidedCompany(a.CompanyId, a.CompanyName))]);

    /// <summary>The intake as a student may see it: staff notes and reasons for avoiding companies left out.</summary>
    public Intake WithoutStaffNotes() => this with
    {
        Needs = new NeedsProfile(
            Needs.Pedagogical with { Note = null },
            Needs.Didactic with { Note = null },
            Needs.FutureWishes with { Note = null },
            Needs.Structure with { Note = null },
            Needs.PrivateCircumstances with { Note = null }),
        Preferences = Preferences with { AvoidCompanies = [.. Preferences.AvoidCompanies.Select(a => a with { Reason = null })] },
    };

    private static void CheckNote(ValidationErrors errors, string field, NeedAssessment need)
    {
        if (!Enum.IsDefined(need.Level))
        {
            errors.Add(field.Replace(".note", ".level", StringComparison.Ordinal), "none, some or much.");
        }

        if (need.Note?.Length > NoteMaxLength)
        {
            errors.Add(field, $"A short note: at most {NoteMaxLength} characters.");
        }
    }

    private static List<TalentItem> CheckTalents(ValidationErrors errors, string field, IReadOnlyList<TalentItem> items)
    {
        if (items.Count > MaxListLength)
        {
            errors.Add(field, $"At most {MaxListLength} items.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Name) || items[i].Name.Trim().Length > NameMaxLength)
            {
                errors.Add($"{field}[{i}].name", $"Required, at most {NameMaxLength} characters.");
            }

            if (items[i].Score is < 1 or > 5)
            {
                errors.Add($"{field}[{i}].score", "A score is 1 to 5, or left out.");
            }
        }

        return [.. items.Select(t => t with { Name = t.Name?.Trim() ?? "" })];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
