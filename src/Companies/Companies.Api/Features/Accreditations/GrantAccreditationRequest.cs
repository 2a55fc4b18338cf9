using PartnershipHub.Contracts;

namespace PartnershipHub.Companies.Features.Accreditations;

/// <summary>Grants a new accreditation or extends the existing one for the crebo; leave <c>validTo</c> out for open-ended.</summary>
public sealed record GrantAccreditationRequest(string? Crebo, IReadOnlyList<LearningRoute>? Routes, DateOnly? ValidFrom, DateOnly? ValidTo);
