namespace PartnershipHub.Students.Features.Intakes;

public sealed record TalentScanEntry(IReadOnlyList<TalentEntry>? Strengths, IReadOnlyList<TalentEntry>? DevelopmentPoints);
