using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Contacts;

public sealed record LogContactRequest(ContactKind? Kind, DateTimeOffset? ContactedAt, string? Summary, bool Joint, string? FollowUp, DateOnly? FollowUpDue);
