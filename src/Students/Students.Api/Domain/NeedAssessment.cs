using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Domain;

/// <summary>How much support a student needs in one category, with a short staff note (never published).</summary>
public sealed record NeedAssessment(NeedLevel Level, string? Note);
