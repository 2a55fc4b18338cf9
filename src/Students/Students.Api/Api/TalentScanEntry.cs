namespace PartnershipHub.Students.Api;

public sealed record TalentScanEntry(IReadOnlyList<TalentEntry>? Strengths, IReadOnlyList<TalentEntry>? DevelopmentPoints);
