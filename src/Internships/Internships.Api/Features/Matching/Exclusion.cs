namespace PartnershipHub.Internships.Features.Matching;

/// <summary>A company that could not take a student, and the rule that excluded it.</summary>
public sealed record Exclusion(Guid CompanyId, string CompanyName, string Rule);
