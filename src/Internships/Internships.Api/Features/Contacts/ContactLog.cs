using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Contacts;

public sealed record ContactLog(int JointCount, DateTimeOffset? LastContactAt, bool NoRecentContact, IReadOnlyList<ContactResponse> Contacts);
