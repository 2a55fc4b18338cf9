namespace PartnershipHub.Internships.Features.PersonalData;

public sealed record GuardianLinkExport(string GuardianName, string GuardianEmail, DateTimeOffset SentAt, string SentBy, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);
