namespace PartnershipHub.Students.Features.Intakes;

public sealed record TalentEntry(string? Name, int? Score);
