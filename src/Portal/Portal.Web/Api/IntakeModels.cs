namespace PartnershipHub.Portal.Api;

// Students' intake answer (docs/students-service.md); its enums travel camelCase ("vmboBb", "much", "level3").
public sealed record IntakeProfile(
    Guid StudentId, string Status, DateOnly? CompletedOn, string? PriorEducation, DateOnly? IntakeDate, IReadOnlyList<string>? Participants,
    bool ExtendedIntake, IntakeNeeds? Needs, IntakeTalentScan? TalentScan, string? ProgressionWish, IntakePreferences? Preferences, int Revision = 0);

public sealed record IntakeNeeds(IntakeNeed? Pedagogical, IntakeNeed? Didactic, IntakeNeed? FutureWishes, IntakeNeed? Structure, IntakeNeed? PrivateCircumstances);

public sealed record IntakeNeed(string? Level, string? Note);

public sealed record IntakeTalentScan(IReadOnlyList<IntakeTalent>? Strengths, IReadOnlyList<IntakeTalent>? DevelopmentPoints);

public sealed record IntakeTalent(string? Name, int? Score);

public sealed record IntakePreferences(IReadOnlyList<string>? Sectors, int? MaxTravelKm, IReadOnlyList<AvoidedCompany>? AvoidCompanies);

public sealed record AvoidedCompany(Guid? CompanyId, string? CompanyName, string? Reason);

/// <summary>
/// Students' <c>PUT /api/students/{id}/intake</c>: the whole intake, completed or as a draft, with the revision it was
/// read at (a save on top of someone else's is a 409 <c>intake-changed</c>).
/// </summary>
public sealed record SaveIntakeRequest(
    string? PriorEducation, DateOnly? IntakeDate, IReadOnlyList<string> Participants, bool ExtendedIntake, IntakeNeeds Needs,
    IntakeTalentScan TalentScan, string? ProgressionWish, IntakePreferences Preferences, bool Complete, int? Revision = null);
