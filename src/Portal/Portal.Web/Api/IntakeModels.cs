namespace PartnershipHub.Portal.Api;

// Students' intake answer (docs/students-service.md); its enums travel camelCase ("vmboBb", "much", "level3").
public sealed record IntakeProfile(
    Guid StudentId, string Status, DateOnly? CompletedOn, string? PriorEducation, DateOnly? IntakeDate, IReadOnlyList<string>? Participants,
    bool ExtendedIntake, IntakeNeeds? Needs, IntakeTalentScan? TalentScan, string? ProgressionWish, IntakePreferences? Preferences);

public sealed record IntakeNeeds(IntakeNeed? Pedagogical, IntakeNeed? Didactic, IntakeNeed? FutureWishes, IntakeNeed? Structure, IntakeNeed? PrivateCircumstances);

public sealed record IntakeNeed(string? Level, string? Note);

public sealed record IntakeTalentScan(IReadOnlyList<IntakeTalent>? Strengths, IReadOnlyList<IntakeTalent>? DevelopmentPoints);

public sealed record IntakeTalent(string? Name, int? Score);

public sealed record IntakePreferences(IReadOnlyList<string>? Sectors, int? MaxTravelKm, IReadOnlyList<AvoidedCompany>? AvoidCompanies);

public sealed record AvoidedCompany(Guid? CompanyId, string? CompanyName, string? Reason);

/// <summary>Students' <c>PUT /api/students/{id}/intake</c>: the whole intake, completed or as a draft.</summary>
public sealed record SaveIntakeRequest(
    string? PriorEducation, DateOnly? IntakeDate, IReadOnlyList<string> Participants, bool ExtendedIntake, IntakeNeeds Needs,
    IntakeTalentScan TalentScan, string? ProgressionWish, IntakePreferences Preferences, bool Complete);
