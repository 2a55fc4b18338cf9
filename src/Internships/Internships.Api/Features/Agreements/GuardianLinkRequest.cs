namespace PartnershipHub.Internships.Features.Agreements;

public sealed record GuardianLinkRequest(string? GuardianName, string? GuardianEmail);
