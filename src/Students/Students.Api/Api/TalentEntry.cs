namespace PartnershipHub.Students.Api;

public sealed record TalentEntry(string? Name, int? Score);
