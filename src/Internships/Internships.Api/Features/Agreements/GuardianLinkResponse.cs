namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>The guardian's link as the card shows it; the e-mail address only to the coordinator and the student.</summary>
public sealed record GuardianLinkResponse(string GuardianName, string? GuardianEmail, DateTimeOffset SentAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);
